/* ch-persona-row.h: one persona in the list of personas
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ch-persona.h"

G_BEGIN_DECLS

#define CH_TYPE_PERSONA_ROW (ch_persona_row_get_type())

G_DECLARE_FINAL_TYPE (ChPersonaRow, ch_persona_row, CH, PERSONA_ROW, AdwBin)

ChPersona *ch_persona_row_get_persona (ChPersonaRow *self);
void       ch_persona_row_set_persona (ChPersonaRow *self,
                                       ChPersona    *persona);

G_END_DECLS
