/* ch-board-chooser.h: a popover to choose a column of the board by
 * typing part of its name
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ch-project.h"

G_BEGIN_DECLS

#define CH_TYPE_BOARD_CHOOSER (ch_board_chooser_get_type())

G_DECLARE_FINAL_TYPE (ChBoardChooser, ch_board_chooser, CH, BOARD_CHOOSER, GtkPopover)

ChBoardChooser *ch_board_chooser_new         (void);
void            ch_board_chooser_set_title   (ChBoardChooser *self,
                                              const char     *title);
void            ch_board_chooser_set_targets (ChBoardChooser *self,
                                              ChProject      *project,
                                              gboolean        with_unsorted,
                                              ChCluster      *exclude);

G_END_DECLS
