/* ch-editor-fields.h: what the editor panes share to show an entity's
 * values without disturbing the one being typed in
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

char *ch_editor_dup_buffer_text     (GtkTextBuffer *buffer);
void  ch_editor_set_editable_text   (GtkEditable   *editable,
                                     const char    *text);
void  ch_editor_set_buffer_text     (GtkTextView   *view,
                                     const char    *text);
void  ch_editor_set_combo_selected  (AdwComboRow   *row,
                                     guint          position);

G_END_DECLS
