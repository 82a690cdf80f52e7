/* ch-voting.h: a round of dot voting, and ideas and clusters ranked by
 * their dots
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "ch-entity.h"

G_BEGIN_DECLS

/* Where a project's voting round is. Dots can be added and removed only
 * while a round is open; an ended round shows its ranking. */
typedef enum
{
  CH_VOTING_STATE_NONE,
  CH_VOTING_STATE_OPEN,
  CH_VOTING_STATE_ENDED,
} ChVotingState;

/* The rules a round starts with, beyond its budget and its limit. */
typedef enum
{
  CH_VOTING_FLAGS_NONE         = 0,
  /* A participant cannot put dots on ideas they contributed. */
  CH_VOTING_FLAGS_NO_OWN_IDEAS = 1 << 0,
  /* The round starts from no dots: those of earlier rounds go (in the
   * same undo step). */
  CH_VOTING_FLAGS_CLEAR_DOTS   = 1 << 1,
} ChVotingFlags;

/* Dots per participant when the facilitator does not say. */
#define CH_VOTING_DEFAULT_BUDGET 5
/* The most dots one participant may have in a round, and so on one idea:
 * the workshop format's limit of a vote. */
#define CH_VOTING_MAX_DOTS 99

/* One place in a ranking: an idea or a cluster, its dots, and its rank
 * (from 1; entries with as many dots share a rank, and the next rank
 * counts them: 1, 2, 2, 4). */
typedef struct
{
  ChEntity *entity;
  int       dots;
  guint     rank;
} ChRank;

#define CH_TYPE_VOTING_STATE (ch_voting_state_get_type ())
#define CH_TYPE_RANK         (ch_rank_get_type ())

GType        ch_voting_state_get_type  (void) G_GNUC_CONST;
const char  *ch_voting_state_to_nick   (ChVotingState  state);
gboolean     ch_voting_state_from_nick (const char    *nick,
                                        ChVotingState *state);

GType        ch_rank_get_type          (void) G_GNUC_CONST;
ChRank      *ch_rank_new               (ChEntity      *entity,
                                        int            dots);
ChRank      *ch_rank_copy              (const ChRank  *self);
void         ch_rank_free              (ChRank        *self);
void         ch_ranks_sort             (GPtrArray     *ranks,
                                        GCompareDataFunc tie_order,
                                        gpointer       user_data);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ChRank, ch_rank_free)

G_END_DECLS
