/* ch-board-column.h: one column of the board, a cluster's cards or
 * those in no cluster
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ch-board-page-private.h"

G_BEGIN_DECLS

#define CH_TYPE_BOARD_COLUMN (ch_board_column_get_type())

G_DECLARE_FINAL_TYPE (ChBoardColumn, ch_board_column, CH, BOARD_COLUMN, GtkWidget)

ChBoardColumn     *ch_board_column_new             (ChBoardPage   *page,
                                                    ChCluster     *cluster);
ChCluster         *ch_board_column_get_cluster     (ChBoardColumn *self);
GListModel        *ch_board_column_get_ideas       (ChBoardColumn *self);
GtkSelectionModel *ch_board_column_get_selection   (ChBoardColumn *self);
GPtrArray         *ch_board_column_list_selected   (ChBoardColumn *self);
void               ch_board_column_select_ideas    (ChBoardColumn *self,
                                                    ChIdea       **ideas,
                                                    guint          n_ideas);
void               ch_board_column_unselect_all    (ChBoardColumn *self);
ChIdea            *ch_board_column_get_focus_idea  (ChBoardColumn *self);
gboolean           ch_board_column_get_attached    (ChBoardColumn *self);
void               ch_board_column_set_attached    (ChBoardColumn *self,
                                                    gboolean       attached);
void               ch_board_column_update          (ChBoardColumn *self);
void               ch_board_column_update_cards    (ChBoardColumn *self);
void               ch_board_column_start_rename    (ChBoardColumn *self);
void               ch_board_column_focus           (ChBoardColumn *self);

G_END_DECLS
