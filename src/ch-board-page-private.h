/* ch-board-page-private.h: what the board's columns and cards ask of
 * their page
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ch-board-page.h"

G_BEGIN_DECLS

typedef struct _ChBoardColumn ChBoardColumn;

/* The width of a column and the space between two, in pixels: the board
 * knows where a column is before it is drawn. */
#define CH_BOARD_COLUMN_WIDTH   288
#define CH_BOARD_COLUMN_SPACING 12
#define CH_BOARD_MARGIN         12

/* The CSS class that gives a column (and its cards) the colour @color,
 * "#rrggbb", or %NULL for a colour that is not one. */
const char    *ch_board_color_class            (const char     *color);
void           ch_board_colors_flush           (void);
/* The colours a cluster is given, "#rrggbb", by @index (any number). */
const char    *ch_board_palette_color          (guint           index);

const ChRank  *ch_board_page_lookup_rank       (ChBoardPage    *self,
                                                ChEntity       *entity);
gboolean       ch_board_page_is_anonymous      (ChBoardPage    *self,
                                                ChIdea         *idea);
ChPersona     *ch_board_page_get_first_persona (ChBoardPage    *self,
                                                ChIdea         *idea);
gboolean       ch_board_page_get_recording     (ChBoardPage    *self);
ChDraggedIdeas *ch_board_page_drag_ideas       (ChBoardPage    *self,
                                                ChBoardColumn  *column,
                                                ChIdea         *idea);
gboolean       ch_board_page_drop              (ChBoardPage    *self,
                                                const GValue   *value,
                                                ChCluster      *cluster,
                                                gboolean        new_cluster,
                                                int             index);
void           ch_board_page_column_focused    (ChBoardPage    *self,
                                                ChBoardColumn  *column);
void           ch_board_page_column_selected   (ChBoardPage    *self,
                                                ChBoardColumn  *column);
void           ch_board_page_queue_order       (ChBoardPage    *self);
GtkFilter     *ch_board_page_get_session_filter (ChBoardPage    *self);
void           ch_board_page_report            (ChBoardPage    *self,
                                                const GError   *error);
void           ch_board_page_add_toast         (ChBoardPage    *self,
                                                const char     *text,
                                                gboolean        undo);

G_END_DECLS
