/* ch-persona.h: a persona, the kind of person an idea serves
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ch-entity.h"
#include "ch-enums.h"

G_BEGIN_DECLS

#define CH_TYPE_PERSONA (ch_persona_get_type())

G_DECLARE_FINAL_TYPE (ChPersona, ch_persona, CH, PERSONA, ChEntity)

ChPersona     *ch_persona_new         (const char *id,
                                       const char *name);
const char    *ch_persona_get_name    (ChPersona  *self);
ChPersonaKind  ch_persona_get_kind    (ChPersona  *self);
const char    *ch_persona_get_color   (ChPersona  *self);
const char    *ch_persona_get_segment (ChPersona  *self);
const char    *ch_persona_get_goals   (ChPersona  *self);
const char    *ch_persona_get_pains   (ChPersona  *self);
const char * const *
               ch_persona_get_quotes  (ChPersona  *self);
const char    *ch_persona_get_notes   (ChPersona  *self);

G_END_DECLS
