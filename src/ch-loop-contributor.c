/* ch-loop-contributor.c: a participant to tell what became of their ideas
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The loop page works its list out again after changes and sets each
 * contributor's ideas here; the list changes only where it differs, so
 * the rows that stay keep the keyboard.
 */

#define G_LOG_DOMAIN "ch-loop-contributor"

#include "config.h"

#include "ch-loop-contributor.h"
#include "ch-review-store.h"

struct _ChLoopContributor
{
  GObject        parent_instance;

  ChParticipant *participant;
  GListStore    *ideas;
  guint          n_to_tell;
};

G_DEFINE_FINAL_TYPE (ChLoopContributor, ch_loop_contributor, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PARTICIPANT,
  PROP_IDEAS,
  PROP_N_TO_TELL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ch_loop_contributor_finalize (GObject *object)
{
  ChLoopContributor *self = CH_LOOP_CONTRIBUTOR (object);

  g_clear_object (&self->participant);
  g_clear_object (&self->ideas);

  G_OBJECT_CLASS (ch_loop_contributor_parent_class)->finalize (object);
}

static void
ch_loop_contributor_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  ChLoopContributor *self = CH_LOOP_CONTRIBUTOR (object);

  switch (prop_id)
    {
    case PROP_PARTICIPANT:
      g_value_set_object (value, self->participant);
      break;

    case PROP_IDEAS:
      g_value_set_object (value, self->ideas);
      break;

    case PROP_N_TO_TELL:
      g_value_set_uint (value, self->n_to_tell);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ch_loop_contributor_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  ChLoopContributor *self = CH_LOOP_CONTRIBUTOR (object);

  switch (prop_id)
    {
    case PROP_PARTICIPANT:
      self->participant = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ch_loop_contributor_class_init (ChLoopContributorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ch_loop_contributor_finalize;
  object_class->get_property = ch_loop_contributor_get_property;
  object_class->set_property = ch_loop_contributor_set_property;

  properties[PROP_PARTICIPANT] =
    g_param_spec_object ("participant", NULL, NULL, CH_TYPE_PARTICIPANT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* Their ideas that are accepted, parked or done, in the board's order. */
  properties[PROP_IDEAS] =
    g_param_spec_object ("ideas", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* How many of them they have not been told about. */
  properties[PROP_N_TO_TELL] =
    g_param_spec_uint ("n-to-tell", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ch_loop_contributor_init (ChLoopContributor *self)
{
  self->ideas = g_list_store_new (CH_TYPE_IDEA);
}

ChLoopContributor *
ch_loop_contributor_new (ChParticipant *participant)
{
  g_return_val_if_fail (CH_IS_PARTICIPANT (participant), NULL);

  return g_object_new (CH_TYPE_LOOP_CONTRIBUTOR, "participant", participant, NULL);
}

/**
 * ch_loop_contributor_get_participant:
 *
 * Returns: (transfer none): the participant
 */
ChParticipant *
ch_loop_contributor_get_participant (ChLoopContributor *self)
{
  g_return_val_if_fail (CH_IS_LOOP_CONTRIBUTOR (self), NULL);

  return self->participant;
}

/**
 * ch_loop_contributor_get_ideas:
 *
 * Returns: (transfer none): the ideas to tell them about (and, if the
 *   page shows them, those they were told about)
 */
GListModel *
ch_loop_contributor_get_ideas (ChLoopContributor *self)
{
  g_return_val_if_fail (CH_IS_LOOP_CONTRIBUTOR (self), NULL);

  return G_LIST_MODEL (self->ideas);
}

guint
ch_loop_contributor_get_n_to_tell (ChLoopContributor *self)
{
  g_return_val_if_fail (CH_IS_LOOP_CONTRIBUTOR (self), 0);

  return self->n_to_tell;
}

/**
 * ch_loop_contributor_set_ideas:
 * @ideas: (element-type ChIdea): the ideas, in order
 * @n_to_tell: how many of them the participant has not been told about
 */
void
ch_loop_contributor_set_ideas (ChLoopContributor *self,
                               GPtrArray         *ideas,
                               guint              n_to_tell)
{
  g_return_if_fail (CH_IS_LOOP_CONTRIBUTOR (self));
  g_return_if_fail (ideas != NULL);

  ch_review_store_sync (self->ideas, ideas);

  if (self->n_to_tell != n_to_tell)
    {
      self->n_to_tell = n_to_tell;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_TO_TELL]);
    }
}
