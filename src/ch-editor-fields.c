/* ch-editor-fields.c
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each setter changes a field only when its value differs, so that the
 * cursor stays where the user is typing when the entity notifies the
 * change the user just made.
 */

#define G_LOG_DOMAIN "ch-editor-fields"

#include "config.h"

#include "ch-editor-fields.h"

char *
ch_editor_dup_buffer_text (GtkTextBuffer *buffer)
{
  GtkTextIter start;
  GtkTextIter end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);

  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

void
ch_editor_set_editable_text (GtkEditable *editable,
                             const char  *text)
{
  if (text == NULL)
    text = "";

  if (g_strcmp0 (gtk_editable_get_text (editable), text) != 0)
    gtk_editable_set_text (editable, text);
}

void
ch_editor_set_buffer_text (GtkTextView *view,
                           const char  *text)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  g_autofree char *current = ch_editor_dup_buffer_text (buffer);

  if (text == NULL)
    text = "";

  if (g_strcmp0 (current, text) != 0)
    gtk_text_buffer_set_text (buffer, text, -1);
}

void
ch_editor_set_combo_selected (AdwComboRow *row,
                              guint        position)
{
  if (adw_combo_row_get_selected (row) != position)
    adw_combo_row_set_selected (row, position);
}
