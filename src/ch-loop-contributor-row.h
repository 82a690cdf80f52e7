/* ch-loop-contributor-row.h: a contributor on the loop page, with the
 * ideas to tell them about
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ch-loop-contributor.h"

G_BEGIN_DECLS

#define CH_TYPE_LOOP_CONTRIBUTOR_ROW (ch_loop_contributor_row_get_type())

G_DECLARE_FINAL_TYPE (ChLoopContributorRow, ch_loop_contributor_row, CH, LOOP_CONTRIBUTOR_ROW,
                      GtkListBoxRow)

GtkWidget         *ch_loop_contributor_row_new             (ChLoopContributor    *contributor);
ChLoopContributor *ch_loop_contributor_row_get_contributor (ChLoopContributorRow *self);
GtkListBox        *ch_loop_contributor_row_get_idea_list   (ChLoopContributorRow *self);

G_END_DECLS
