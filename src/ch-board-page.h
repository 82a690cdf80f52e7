/* ch-board-page.h: the affinity board, clusters as columns of cards, and
 * dot voting on it
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ch-project.h"

G_BEGIN_DECLS

/* What a card dragged on the board carries: the ideas of one project,
 * in their order on the board. */
typedef struct _ChDraggedIdeas ChDraggedIdeas;

#define CH_TYPE_DRAGGED_IDEAS (ch_dragged_ideas_get_type())

GType           ch_dragged_ideas_get_type    (void) G_GNUC_CONST;
ChDraggedIdeas *ch_dragged_ideas_new         (ChProject       *project,
                                              ChIdea         **ideas,
                                              guint            n_ideas);
ChDraggedIdeas *ch_dragged_ideas_ref         (ChDraggedIdeas  *self);
void            ch_dragged_ideas_unref       (ChDraggedIdeas  *self);
ChProject      *ch_dragged_ideas_get_project (ChDraggedIdeas  *self);
ChIdea        **ch_dragged_ideas_get_ideas   (ChDraggedIdeas  *self,
                                              guint           *n_ideas);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ChDraggedIdeas, ch_dragged_ideas_unref)

#define CH_TYPE_BOARD_PAGE (ch_board_page_get_type())

G_DECLARE_FINAL_TYPE (ChBoardPage, ch_board_page, CH, BOARD_PAGE, AdwBin)

ChProject     *ch_board_page_get_project        (ChBoardPage    *self);
void           ch_board_page_set_project        (ChBoardPage    *self,
                                                 ChProject      *project);
const char    *ch_board_page_get_session_id     (ChBoardPage    *self);
void           ch_board_page_set_session_id     (ChBoardPage    *self,
                                                 const char     *session_id);
gboolean       ch_board_page_move_ideas         (ChBoardPage    *self,
                                                 ChIdea        **ideas,
                                                 guint           n_ideas,
                                                 ChCluster      *cluster,
                                                 int             position);
ChCluster     *ch_board_page_new_cluster_from   (ChBoardPage    *self,
                                                 ChIdea        **ideas,
                                                 guint           n_ideas);
ChParticipant *ch_board_page_get_voter          (ChBoardPage    *self);
void           ch_board_page_set_voter          (ChBoardPage    *self,
                                                 ChParticipant  *participant);
gboolean       ch_board_page_add_dot            (ChBoardPage    *self,
                                                 ChIdea         *idea);
gboolean       ch_board_page_remove_dot         (ChBoardPage    *self,
                                                 ChIdea         *idea);

G_END_DECLS
