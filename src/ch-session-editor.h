/* ch-session-editor.h: the side pane that edits one session
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ch-project.h"

G_BEGIN_DECLS

#define CH_TYPE_SESSION_EDITOR (ch_session_editor_get_type())

G_DECLARE_FINAL_TYPE (ChSessionEditor, ch_session_editor, CH, SESSION_EDITOR, GtkWidget)

ChProject *ch_session_editor_get_project (ChSessionEditor *self);
void       ch_session_editor_set_project (ChSessionEditor *self,
                                          ChProject       *project);
ChSession *ch_session_editor_get_session (ChSessionEditor *self);
void       ch_session_editor_set_session (ChSessionEditor *self,
                                          ChSession       *session);
void       ch_session_editor_focus_title (ChSessionEditor *self);

G_END_DECLS
