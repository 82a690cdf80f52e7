/* ch-persona-evidence.h: what backs a persona: the ideas that serve it and
 * the participants who stand for it
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ch-project.h"

G_BEGIN_DECLS

#define CH_TYPE_PERSONA_EVIDENCE (ch_persona_evidence_get_type())

G_DECLARE_FINAL_TYPE (ChPersonaEvidence, ch_persona_evidence, CH, PERSONA_EVIDENCE, GtkWidget)

ChProject *ch_persona_evidence_get_project (ChPersonaEvidence *self);
void       ch_persona_evidence_set_project (ChPersonaEvidence *self,
                                            ChProject         *project);
ChPersona *ch_persona_evidence_get_persona (ChPersonaEvidence *self);
void       ch_persona_evidence_set_persona (ChPersonaEvidence *self,
                                            ChPersona         *persona);

G_END_DECLS
