/* ch-idea.h: an idea captured in a workshop
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ch-entity.h"
#include "ch-enums.h"

G_BEGIN_DECLS

/* Someone who contributed an idea; @informed is the date (YYYY-MM-DD) on which
 * they were told what became of it, or %NULL. */
struct _ChContributor
{
  char *participant_id;
  char *informed;
};

/* Dots a participant put on an idea (1–99). */
struct _ChVote
{
  char *participant_id;
  int   dots;
};

#define CH_TYPE_CONTRIBUTOR (ch_contributor_get_type())
#define CH_TYPE_VOTE        (ch_vote_get_type())
#define CH_TYPE_IDEA        (ch_idea_get_type())

GType          ch_contributor_get_type (void) G_GNUC_CONST;
ChContributor *ch_contributor_new      (const char          *participant_id,
                                        const char          *informed);
ChContributor *ch_contributor_copy     (const ChContributor *self);
void           ch_contributor_free     (ChContributor       *self);
GType          ch_vote_get_type        (void) G_GNUC_CONST;
ChVote        *ch_vote_new             (const char          *participant_id,
                                        int                  dots);
ChVote        *ch_vote_copy            (const ChVote        *self);
void           ch_vote_free            (ChVote              *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ChContributor, ch_contributor_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ChVote, ch_vote_free)

G_DECLARE_FINAL_TYPE (ChIdea, ch_idea, CH, IDEA, ChEntity)

ChIdea       *ch_idea_new              (const char   *id,
                                        const char   *title);
const char   *ch_idea_get_title        (ChIdea       *self);
const char   *ch_idea_get_description  (ChIdea       *self);
ChIdeaStatus  ch_idea_get_status       (ChIdea       *self);
const char   *ch_idea_get_cluster_id   (ChIdea       *self);
const char   *ch_idea_get_session_id   (ChIdea       *self);
int           ch_idea_get_impact       (ChIdea       *self);
int           ch_idea_get_effort       (ChIdea       *self);
int           ch_idea_get_position     (ChIdea       *self);
gint64        ch_idea_get_created      (ChIdea       *self);
const char * const *
              ch_idea_get_tags         (ChIdea       *self);
const char * const *
              ch_idea_get_personas     (ChIdea       *self);
GPtrArray    *ch_idea_get_contributors (ChIdea       *self);
GPtrArray    *ch_idea_get_votes        (ChIdea       *self);
int           ch_idea_get_vote_count   (ChIdea       *self);

/* Searching many ideas: see ch-idea.c. */
const char   *ch_idea_get_search_key          (ChIdea              *self);
const guint32 *
              ch_idea_get_search_people       (ChIdea              *self,
                                               guint               *n_people);
gboolean      ch_idea_has_search_key          (ChIdea              *self);
void          ch_idea_make_search_keys_async  (GListModel          *ideas,
                                               GCancellable        *cancellable,
                                               GAsyncReadyCallback  callback,
                                               gpointer             user_data);
gboolean      ch_idea_make_search_keys_finish (GAsyncResult        *result,
                                               GError             **error);

G_END_DECLS
