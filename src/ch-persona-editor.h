/* ch-persona-editor.h: the side pane that edits one persona
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ch-project.h"

G_BEGIN_DECLS

#define CH_TYPE_PERSONA_EDITOR (ch_persona_editor_get_type())

G_DECLARE_FINAL_TYPE (ChPersonaEditor, ch_persona_editor, CH, PERSONA_EDITOR, GtkWidget)

ChProject *ch_persona_editor_get_project (ChPersonaEditor *self);
void       ch_persona_editor_set_project (ChPersonaEditor *self,
                                          ChProject       *project);
ChPersona *ch_persona_editor_get_persona (ChPersonaEditor *self);
void       ch_persona_editor_set_persona (ChPersonaEditor *self,
                                          ChPersona       *persona);
void       ch_persona_editor_focus_name  (ChPersonaEditor *self);

G_END_DECLS
