/* ch-project.h: an open workshop project, the one write path to its file
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ch-cluster.h"
#include "ch-idea.h"
#include "ch-participant.h"
#include "ch-persona.h"
#include "ch-session.h"
#include "ch-voting.h"

G_BEGIN_DECLS

#define CH_TYPE_PROJECT (ch_project_get_type())
#define CH_PROJECT_ERROR (ch_project_error_quark())

/* Changes the project refuses because of the workshop's rules, not
 * because of the file: the project is left as it was. */
typedef enum
{
  CH_PROJECT_ERROR_VOTING_CLOSED,   /* no voting round is open */
  CH_PROJECT_ERROR_VOTE_BUDGET,     /* the participant has no dot left */
  CH_PROJECT_ERROR_VOTE_LIMIT,      /* the idea has the most dots one participant may give */
  CH_PROJECT_ERROR_OWN_IDEA,        /* the participant contributed the idea */
  CH_PROJECT_ERROR_NO_DOT,          /* removing a dot that is not there */
  CH_PROJECT_ERROR_NOT_CONTRIBUTOR, /* informing someone who did not contribute the idea */
  CH_PROJECT_ERROR_INVALID,         /* a value out of its range */
} ChProjectError;

GQuark       ch_project_error_quark      (void);

G_DECLARE_FINAL_TYPE (ChProject, ch_project, CH, PROJECT, GObject)

/* Opening and creating: both take the project file's lock; a second
 * process (or a second ChProject) that opens the same file gets
 * CH_STORE_ERROR_LOCKED until this one is closed or finalized. */
ChProject   *ch_project_open             (const char  *path,
                                          GError     **error);
ChProject   *ch_project_create           (const char  *path,
                                          const char  *title,
                                          GError     **error);
void         ch_project_open_async       (const char           *path,
                                          GCancellable         *cancellable,
                                          GAsyncReadyCallback   callback,
                                          gpointer              user_data);
ChProject   *ch_project_open_finish      (GAsyncResult         *result,
                                          GError              **error);
void         ch_project_close            (ChProject   *self);
ChProject   *ch_project_lookup_open      (const char  *path);

const char  *ch_project_get_path         (ChProject   *self);
const char  *ch_project_get_id           (ChProject   *self);
const char  *ch_project_get_title        (ChProject   *self);
const char  *ch_project_get_description  (ChProject   *self);
gint64       ch_project_get_created      (ChProject   *self);
gint64       ch_project_get_modified     (ChProject   *self);
gboolean     ch_project_set_title        (ChProject   *self,
                                          const char  *title,
                                          GError     **error);
gboolean     ch_project_set_description  (ChProject   *self,
                                          const char  *description,
                                          GError     **error);

/* The collections, in stored order; each item is a ChEntity subclass. */
GListModel  *ch_project_get_ideas        (ChProject   *self);
GListModel  *ch_project_get_personas     (ChProject   *self);
GListModel  *ch_project_get_participants (ChProject   *self);
GListModel  *ch_project_get_clusters     (ChProject   *self);
GListModel  *ch_project_get_sessions     (ChProject   *self);
ChEntity    *ch_project_lookup           (ChProject   *self,
                                          GType        type,
                                          const char  *id);

/* Changes. Every one is committed to the file before the objects change,
 * and recorded as one step on the undo stack. */
ChIdea        *ch_project_add_idea        (ChProject   *self,
                                           const char  *title,
                                           GError     **error);
ChPersona     *ch_project_add_persona     (ChProject   *self,
                                           const char  *name,
                                           GError     **error);
ChParticipant *ch_project_add_participant (ChProject   *self,
                                           const char  *name,
                                           GError     **error);
ChCluster     *ch_project_add_cluster     (ChProject   *self,
                                           const char  *name,
                                           GError     **error);
ChSession     *ch_project_add_session     (ChProject   *self,
                                           const char  *title,
                                           const char  *date,
                                           GError     **error);
gboolean       ch_project_add             (ChProject   *self,
                                           ChEntity    *entity,
                                           GError     **error);
gboolean       ch_project_add_many        (ChProject   *self,
                                           ChEntity   **entities,
                                           guint        n_entities,
                                           GError     **error);
gboolean       ch_project_update          (ChProject   *self,
                                           ChEntity    *entity,
                                           GError     **error,
                                           const char  *first_property,
                                           ...) G_GNUC_NULL_TERMINATED;
gboolean       ch_project_set_property    (ChProject    *self,
                                           ChEntity     *entity,
                                           const char   *property,
                                           const GValue *value,
                                           GError      **error);
gboolean       ch_project_remove          (ChProject   *self,
                                           ChEntity    *entity,
                                           GError     **error);
gboolean       ch_project_remove_many     (ChProject   *self,
                                           ChEntity   **entities,
                                           guint        n_entities,
                                           GError     **error);

/* Affinity mapping: the board's columns and moves (ch-project-board.c).
 * Inside a cluster the positions of its ideas are 0 to n - 1; the ideas
 * in no cluster (Unsorted) keep their order, with gaps. */
GListModel  *ch_project_get_cluster_ideas   (ChProject    *self,
                                             ChCluster    *cluster);
gboolean     ch_project_move_ideas          (ChProject    *self,
                                             ChIdea      **ideas,
                                             guint         n_ideas,
                                             ChCluster    *cluster,
                                             int           position,
                                             GError      **error);
ChCluster   *ch_project_create_cluster_from (ChProject    *self,
                                             const char   *name,
                                             const char   *color,
                                             ChIdea      **ideas,
                                             guint         n_ideas,
                                             GError      **error);
gboolean     ch_project_reorder_idea        (ChProject    *self,
                                             ChIdea       *idea,
                                             guint         position,
                                             GError      **error);
gboolean     ch_project_move_cluster        (ChProject    *self,
                                             ChCluster    *cluster,
                                             guint         position,
                                             GError      **error);
gboolean     ch_project_merge_clusters      (ChProject    *self,
                                             ChCluster    *from,
                                             ChCluster    *into,
                                             GError      **error);
GPtrArray   *ch_project_list_clusters       (ChProject    *self);
GPtrArray   *ch_project_list_cluster_personas (ChProject  *self,
                                             ChCluster    *cluster,
                                             const char   *session_id);

/* Dot voting (ch-project-review.c). */
ChVotingState ch_project_get_voting_state   (ChProject    *self);
int          ch_project_get_vote_budget     (ChProject    *self);
int          ch_project_get_vote_limit      (ChProject    *self);
gboolean     ch_project_get_vote_no_own_ideas (ChProject  *self);
gboolean     ch_project_start_voting        (ChProject    *self,
                                             int           budget,
                                             int           max_per_idea,
                                             ChVotingFlags flags,
                                             GError      **error);
gboolean     ch_project_end_voting          (ChProject    *self,
                                             GError      **error);
gboolean     ch_project_add_dot             (ChProject    *self,
                                             ChIdea       *idea,
                                             ChParticipant *participant,
                                             GError      **error);
gboolean     ch_project_remove_dot          (ChProject    *self,
                                             ChIdea       *idea,
                                             ChParticipant *participant,
                                             GError      **error);
int          ch_project_get_dots            (ChProject    *self,
                                             ChIdea       *idea,
                                             ChParticipant *participant);
int          ch_project_get_remaining_dots  (ChProject    *self,
                                             ChParticipant *participant);
GPtrArray   *ch_project_rank_ideas          (ChProject    *self,
                                             GListModel   *ideas);
GPtrArray   *ch_project_rank_clusters       (ChProject    *self,
                                             const char   *session_id);

/* Review and closing the loop (ch-project-review.c). */
gboolean     ch_project_set_status_many     (ChProject    *self,
                                             ChIdea      **ideas,
                                             guint         n_ideas,
                                             ChIdeaStatus  status,
                                             GError      **error);
gboolean     ch_project_add_contributor     (ChProject    *self,
                                             ChIdea       *idea,
                                             ChParticipant *participant,
                                             GError      **error);
gboolean     ch_project_remove_contributor  (ChProject    *self,
                                             ChIdea       *idea,
                                             ChParticipant *participant,
                                             GError      **error);
gboolean     ch_project_mark_informed       (ChProject    *self,
                                             ChIdea       *idea,
                                             ChParticipant *participant,
                                             const char   *date,
                                             GError      **error);
gboolean     ch_project_mark_informed_many  (ChProject    *self,
                                             ChIdea      **ideas,
                                             guint         n_ideas,
                                             ChParticipant *participant,
                                             const char   *date,
                                             GError      **error);
GPtrArray   *ch_project_list_participants_to_inform (ChProject     *self);
GPtrArray   *ch_project_list_ideas_to_inform        (ChProject     *self,
                                                     ChParticipant *participant);

gboolean     ch_project_get_can_undo     (ChProject   *self);
gboolean     ch_project_get_can_redo     (ChProject   *self);
const char  *ch_project_get_undo_label   (ChProject   *self);
const char  *ch_project_get_redo_label   (ChProject   *self);
gboolean     ch_project_undo             (ChProject   *self,
                                          GError     **error);
gboolean     ch_project_redo             (ChProject   *self,
                                          GError     **error);
void         ch_project_clear_history    (ChProject   *self);

gboolean     ch_project_check_integrity  (ChProject   *self,
                                          GError     **error);

G_END_DECLS
