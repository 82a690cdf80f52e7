/* ch-project-private.h: what the core's import and export use of a
 * project, beyond its public API
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ch-board.h"
#include "ch-project.h"
#include "ch-store.h"
#include "ch-workshop.h"

G_BEGIN_DECLS

/* Entities by kind, in the order of the workshop file's sections. */
#define CH_PROJECT_N_KINDS 5

GPtrArray             *ch_project_import_read  (ChProject           *self,
                                                GInputStream        *stream,
                                                const char          *display_name,
                                                gboolean             as_new,
                                                guint               *added,
                                                guint               *updated,
                                                ChStoreWorkshop     *workshop,
                                                ChWorkshopProgress   progress,
                                                gpointer             progress_data,
                                                GCancellable        *cancellable,
                                                GError             **error);
void                   ch_project_import_apply (ChProject           *self,
                                                GPtrArray           *step,
                                                ChStoreWorkshop     *workshop,
                                                gboolean             as_new,
                                                const char          *display_name);
gboolean               ch_project_hold         (ChProject           *self,
                                                GError             **error);
void                   ch_project_release      (ChProject           *self);
GPtrArray             *ch_project_snapshot     (ChProject           *self,
                                                GType                type);
const ChStoreWorkshop *ch_project_get_workshop (ChProject           *self);

/* One step put together by the parts of ChProject in other files
 * (ch-project-board.c, ch-project-review.c): the entities it adds,
 * changes and deletes, and the voting round. ch_project_edit_commit()
 * writes it in one transaction, applies it to the objects and puts it on
 * the undo stack, as every change of ChProject. */
typedef struct _ChProjectEdit ChProjectEdit;

ChProjectEdit         *ch_project_edit_new        (ChProject            *self);
void                   ch_project_edit_free       (ChProjectEdit        *edit);
ChEntity              *ch_project_edit_change     (ChProjectEdit        *edit,
                                                   ChEntity             *entity);
ChEntity              *ch_project_edit_peek       (ChProjectEdit        *edit,
                                                   ChEntity             *entity);
void                   ch_project_edit_place      (ChProjectEdit        *edit,
                                                   ChIdea               *idea,
                                                   const char           *cluster_id,
                                                   int                   position);
void                   ch_project_edit_get_place  (ChProjectEdit        *edit,
                                                   ChIdea               *idea,
                                                   const char          **cluster_id,
                                                   int                  *position);
void                   ch_project_edit_add        (ChProjectEdit        *edit,
                                                   ChEntity             *entity);
void                   ch_project_edit_remove     (ChProjectEdit        *edit,
                                                   ChEntity             *entity);
gboolean               ch_project_edit_is_removed (ChProjectEdit        *edit,
                                                   ChEntity             *entity);
void                   ch_project_edit_set_voting (ChProjectEdit        *edit,
                                                   const ChStoreVoting  *voting);
gboolean               ch_project_edit_commit     (ChProjectEdit        *edit,
                                                   const char           *label,
                                                   GError              **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ChProjectEdit, ch_project_edit_free)

/* The board (see ch-board.c), made the first time it is asked for. */
ChBoard               *ch_project_get_board       (ChProject            *self);
ChBoard               *ch_project_peek_board      (ChProject            *self);
const ChStoreVoting   *ch_project_get_voting      (ChProject            *self);
/* The dots @participant_id has put on all ideas. */
int                    ch_project_get_dots_used   (ChProject            *self,
                                                   const char           *participant_id);
/* Ideas whose cluster goes, or who leave a cluster, with @edit: the
 * others close up (ch-project-board.c). */
void                   ch_project_close_up        (ChProject            *self,
                                                   ChProjectEdit        *edit,
                                                   ChEntity            **removed,
                                                   guint                 n_removed);
/* A short name for an undo label: a title or a name on one line. */
char                  *ch_project_dup_label_name  (ChEntity             *entity);

G_END_DECLS
