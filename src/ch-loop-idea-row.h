/* ch-loop-idea-row.h: one idea a contributor is to be told about, or was
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ch-project.h"

G_BEGIN_DECLS

#define CH_TYPE_LOOP_IDEA_ROW (ch_loop_idea_row_get_type())

G_DECLARE_FINAL_TYPE (ChLoopIdeaRow, ch_loop_idea_row, CH, LOOP_IDEA_ROW, AdwActionRow)

GtkWidget     *ch_loop_idea_row_new             (ChParticipant *participant,
                                                 ChIdea        *idea);
ChParticipant *ch_loop_idea_row_get_participant (ChLoopIdeaRow *self);
ChIdea        *ch_loop_idea_row_get_idea        (ChLoopIdeaRow *self);
const char    *ch_loop_idea_row_get_informed    (ChLoopIdeaRow *self);

G_END_DECLS
