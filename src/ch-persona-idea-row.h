/* ch-persona-idea-row.h: one idea among those that serve a persona
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ch-idea.h"

G_BEGIN_DECLS

#define CH_TYPE_PERSONA_IDEA_ROW (ch_persona_idea_row_get_type())

G_DECLARE_FINAL_TYPE (ChPersonaIdeaRow, ch_persona_idea_row, CH, PERSONA_IDEA_ROW, AdwBin)

ChIdea *ch_persona_idea_row_get_idea (ChPersonaIdeaRow *self);
void    ch_persona_idea_row_set_idea (ChPersonaIdeaRow *self,
                                      ChIdea           *idea);

G_END_DECLS
