/* ch-voting.c
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ch-voting"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ch-voting.h"

/* The nicks are what the project file keeps. */
G_DEFINE_ENUM_TYPE (ChVotingState, ch_voting_state,
                    G_DEFINE_ENUM_VALUE (CH_VOTING_STATE_NONE, "none"),
                    G_DEFINE_ENUM_VALUE (CH_VOTING_STATE_OPEN, "open"),
                    G_DEFINE_ENUM_VALUE (CH_VOTING_STATE_ENDED, "ended"))

G_DEFINE_BOXED_TYPE (ChRank, ch_rank, ch_rank_copy, ch_rank_free)

typedef struct
{
  GCompareDataFunc tie_order;
  gpointer         user_data;
} SortData;

static int
compare_ranks (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  const ChRank *ra = *(const ChRank **)a;
  const ChRank *rb = *(const ChRank **)b;
  SortData *data = user_data;

  if (ra->dots != rb->dots)
    return ra->dots > rb->dots ? -1 : 1;

  return data->tie_order (ra->entity, rb->entity, data->user_data);
}

const char *
ch_voting_state_to_nick (ChVotingState state)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (CH_TYPE_VOTING_STATE);
  GEnumValue *value = g_enum_get_value (klass, state);

  g_return_val_if_fail (value != NULL, NULL);

  return value->value_nick;
}

gboolean
ch_voting_state_from_nick (const char    *nick,
                           ChVotingState *state)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (CH_TYPE_VOTING_STATE);
  GEnumValue *value = nick ? g_enum_get_value_by_nick (klass, nick) : NULL;

  if (value == NULL)
    return FALSE;

  *state = value->value;

  return TRUE;
}

ChRank *
ch_rank_new (ChEntity *entity,
             int       dots)
{
  ChRank *self = g_new0 (ChRank, 1);

  self->entity = g_object_ref (entity);
  self->dots = dots;

  return self;
}

ChRank *
ch_rank_copy (const ChRank *self)
{
  ChRank *copy = ch_rank_new (self->entity, self->dots);

  copy->rank = self->rank;

  return copy;
}

void
ch_rank_free (ChRank *self)
{
  if (self == NULL)
    return;

  g_clear_object (&self->entity);
  g_free (self);
}

/**
 * ch_ranks_sort:
 * @ranks: (element-type ChRank): entries whose dots are set
 * @tie_order: orders two entities (their #ChRank's entity) with as many
 *   dots; it must never find two different ones equal, so that the order
 *   is the same every time
 *
 * Sorts @ranks by dots, most first, then by @tie_order, and numbers them:
 * entries with as many dots share a rank, and the next rank counts them
 * (1, 2, 2, 4).
 */
void
ch_ranks_sort (GPtrArray        *ranks,
               GCompareDataFunc  tie_order,
               gpointer          user_data)
{
  SortData data = { tie_order, user_data };

  g_return_if_fail (ranks != NULL);
  g_return_if_fail (tie_order != NULL);

  g_ptr_array_sort_with_data (ranks, compare_ranks, &data);

  for (guint i = 0; i < ranks->len; i++)
    {
      ChRank *rank = g_ptr_array_index (ranks, i);
      ChRank *previous = i > 0 ? g_ptr_array_index (ranks, i - 1) : NULL;

      rank->rank = previous != NULL && previous->dots == rank->dots ? previous->rank : i + 1;
    }
}
