/* ch-idea-query.h: which ideas a search and its filters show
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ch-project.h"

G_BEGIN_DECLS

/* For an id filter: the ideas that have none (no cluster, no session…). */
#define CH_IDEA_QUERY_NONE ""

/* How the ideas a query matches changed: as GtkFilterChange. */
typedef enum
{
  CH_IDEA_QUERY_CHANGE_DIFFERENT,
  CH_IDEA_QUERY_CHANGE_LESS_STRICT,
  CH_IDEA_QUERY_CHANGE_MORE_STRICT,
} ChIdeaQueryChange;

#define CH_TYPE_IDEA_QUERY_CHANGE (ch_idea_query_change_get_type())
#define CH_TYPE_IDEA_QUERY        (ch_idea_query_get_type())

GType ch_idea_query_change_get_type (void) G_GNUC_CONST;

G_DECLARE_FINAL_TYPE (ChIdeaQuery, ch_idea_query, CH, IDEA_QUERY, GObject)

ChIdeaQuery  *ch_idea_query_new                (void);
ChProject    *ch_idea_query_get_project        (ChIdeaQuery *self);
void          ch_idea_query_set_project        (ChIdeaQuery *self,
                                                ChProject   *project);
const char   *ch_idea_query_get_text           (ChIdeaQuery *self);
void          ch_idea_query_set_text           (ChIdeaQuery *self,
                                                const char  *text);
guint         ch_idea_query_get_statuses       (ChIdeaQuery *self);
void          ch_idea_query_set_statuses       (ChIdeaQuery *self,
                                                guint        statuses);
const char   *ch_idea_query_get_session_id     (ChIdeaQuery *self);
void          ch_idea_query_set_session_id     (ChIdeaQuery *self,
                                                const char  *session_id);
const char   *ch_idea_query_get_cluster_id     (ChIdeaQuery *self);
void          ch_idea_query_set_cluster_id     (ChIdeaQuery *self,
                                                const char  *cluster_id);
const char   *ch_idea_query_get_persona_id     (ChIdeaQuery *self);
void          ch_idea_query_set_persona_id     (ChIdeaQuery *self,
                                                const char  *persona_id);
const char   *ch_idea_query_get_participant_id (ChIdeaQuery *self);
void          ch_idea_query_set_participant_id (ChIdeaQuery *self,
                                                const char  *participant_id);
const char   *ch_idea_query_get_tag            (ChIdeaQuery *self);
void          ch_idea_query_set_tag            (ChIdeaQuery *self,
                                                const char  *tag);

gboolean      ch_idea_query_has_text           (ChIdeaQuery *self);
gboolean      ch_idea_query_has_filters        (ChIdeaQuery *self);
void          ch_idea_query_clear_filters      (ChIdeaQuery *self);
gboolean      ch_idea_query_match              (ChIdeaQuery *self,
                                                ChIdea      *idea);

char        **ch_idea_query_list_tags          (GListModel  *ideas);

/* A set of statuses, for ch_idea_query_set_statuses(). */
#define CH_IDEA_QUERY_STATUS(status) (1u << (status))

G_END_DECLS
