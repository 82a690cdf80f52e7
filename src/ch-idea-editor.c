/* ch-idea-editor.c: the side pane that edits one idea
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ch-idea-editor"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "ch-enum-types.h"
#include "ch-idea-editor.h"
#include "ch-window.h"

struct _ChIdeaEditor
{
  GtkWidget   parent_instance;

  ChProject     *project;
  ChIdea        *idea;

  /* Set while the fields are filled from the idea, so that filling them
   * is not taken for an edit. */
  gboolean       syncing;

  /* Template widgets */
  GtkStack      *stack;
  AdwEntryRow   *title_row;
  AdwComboRow   *status_row;
  AdwEntryRow   *tags_row;
  GtkTextView   *description_view;
};

G_DEFINE_FINAL_TYPE (ChIdeaEditor, ch_idea_editor, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_PROJECT,
  PROP_IDEA,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* "payments, mobile" → { "payments", "mobile" }: trimmed, none empty */
static GStrv
parse_tags (const char *text)
{
  g_auto(GStrv) parts = g_strsplit (text, ",", -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; parts[i] != NULL; i++)
    {
      char *tag = g_strstrip (parts[i]);

      if (*tag != '\0')
        g_strv_builder_add (builder, tag);
    }

  return g_strv_builder_end (builder);
}

static gboolean
strv_equal (const char * const *a,
            const char * const *b)
{
  static const char * const empty[] = { NULL };

  return g_strv_equal (a != NULL ? a : empty, b != NULL ? b : empty);
}

static char *
dup_buffer_text (GtkTextBuffer *buffer)
{
  GtkTextIter start;
  GtkTextIter end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);

  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* Changes the text only when it differs, so the cursor stays put. */
static void
set_editable_text (GtkEditable *editable,
                   const char  *text)
{
  if (g_strcmp0 (gtk_editable_get_text (editable), text != NULL ? text : "") != 0)
    gtk_editable_set_text (editable, text != NULL ? text : "");
}

static void
sync_from_idea (ChIdeaEditor *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->description_view);
  g_autofree char *description = NULL;
  g_auto(GStrv) tags = NULL;
  const char * const *idea_tags;
  const char *idea_description;

  if (self->idea == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  self->syncing = TRUE;

  set_editable_text (GTK_EDITABLE (self->title_row), ch_idea_get_title (self->idea));

  if (adw_combo_row_get_selected (self->status_row) != (guint) ch_idea_get_status (self->idea))
    adw_combo_row_set_selected (self->status_row, ch_idea_get_status (self->idea));

  idea_tags = ch_idea_get_tags (self->idea);
  tags = parse_tags (gtk_editable_get_text (GTK_EDITABLE (self->tags_row)));
  if (!strv_equal ((const char * const *) tags, idea_tags))
    {
      g_autofree char *joined = idea_tags != NULL ? g_strjoinv (", ", (GStrv) idea_tags)
                                                  : g_strdup ("");

      gtk_editable_set_text (GTK_EDITABLE (self->tags_row), joined);
    }

  description = dup_buffer_text (buffer);
  idea_description = ch_idea_get_description (self->idea);
  if (idea_description == NULL)
    idea_description = "";
  if (g_strcmp0 (description, idea_description) != 0)
    gtk_text_buffer_set_text (buffer, idea_description, -1);

  self->syncing = FALSE;

  gtk_stack_set_visible_child_name (self->stack, "idea");
}

static gboolean
can_edit (ChIdeaEditor *self)
{
  return !self->syncing && self->idea != NULL && self->project != NULL;
}

/* Writes one edit through the project; when it fails, says why and shows
 * the idea as it is in the file again. */
static void
commit (ChIdeaEditor *self,
        const char   *property,
        const GValue *value)
{
  g_autoptr(GError) error = NULL;

  if (!ch_project_set_property (self->project, CH_ENTITY (self->idea), property, value, &error))
    {
      ch_window_report_error (GTK_WIDGET (self), error);
      sync_from_idea (self);
    }
}

static void
idea_notify_cb (ChIdeaEditor *self,
                GParamSpec   *pspec,
                ChIdea       *idea)
{
  sync_from_idea (self);
}

static void
title_changed_cb (ChIdeaEditor *self,
                  GtkEditable  *editable)
{
  g_auto(GValue) value = G_VALUE_INIT;
  const char *title = gtk_editable_get_text (editable);

  /* An idea always has a title: one cleared to be typed again keeps its
   * old one until the first letter. */
  if (!can_edit (self) || *title == '\0')
    return;

  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, title);
  commit (self, "title", &value);
}

static void
status_selected_cb (ChIdeaEditor *self,
                    GParamSpec   *pspec,
                    AdwComboRow  *row)
{
  g_auto(GValue) value = G_VALUE_INIT;
  guint selected = adw_combo_row_get_selected (row);

  if (!can_edit (self) || selected == GTK_INVALID_LIST_POSITION)
    return;

  g_value_init (&value, CH_TYPE_IDEA_STATUS);
  g_value_set_enum (&value, selected);
  commit (self, "status", &value);
}

static void
tags_changed_cb (ChIdeaEditor *self,
                 GtkEditable  *editable)
{
  g_auto(GValue) value = G_VALUE_INIT;
  GStrv tags;

  if (!can_edit (self))
    return;

  tags = parse_tags (gtk_editable_get_text (editable));
  if (strv_equal ((const char * const *) tags, ch_idea_get_tags (self->idea)))
    {
      g_strfreev (tags);
      return;
    }

  g_value_init (&value, G_TYPE_STRV);
  g_value_take_boxed (&value, tags);
  commit (self, "tags", &value);
}

static void
description_changed_cb (ChIdeaEditor  *self,
                        GtkTextBuffer *buffer)
{
  g_auto(GValue) value = G_VALUE_INIT;
  char *description;

  if (!can_edit (self))
    return;

  description = dup_buffer_text (buffer);
  g_value_init (&value, G_TYPE_STRING);
  if (*description != '\0')
    g_value_take_string (&value, description);
  else
    g_free (description);
  commit (self, "description", &value);
}

static void
ch_idea_editor_dispose (GObject *object)
{
  ChIdeaEditor *self = CH_IDEA_EDITOR (object);

  ch_idea_editor_set_idea (self, NULL);
  g_clear_object (&self->project);

  gtk_widget_dispose_template (GTK_WIDGET (self), CH_TYPE_IDEA_EDITOR);

  G_OBJECT_CLASS (ch_idea_editor_parent_class)->dispose (object);
}

static void
ch_idea_editor_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  ChIdeaEditor *self = CH_IDEA_EDITOR (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      g_value_set_object (value, self->project);
      break;

    case PROP_IDEA:
      g_value_set_object (value, self->idea);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ch_idea_editor_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  ChIdeaEditor *self = CH_IDEA_EDITOR (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      ch_idea_editor_set_project (self, g_value_get_object (value));
      break;

    case PROP_IDEA:
      ch_idea_editor_set_idea (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ch_idea_editor_class_init (ChIdeaEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ch_idea_editor_dispose;
  object_class->get_property = ch_idea_editor_get_property;
  object_class->set_property = ch_idea_editor_set_property;

  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL,
                         CH_TYPE_PROJECT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_IDEA] =
    g_param_spec_object ("idea", NULL, NULL,
                         CH_TYPE_IDEA,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/charrette/Charrette/ch-idea-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, ChIdeaEditor, stack);
  gtk_widget_class_bind_template_child (widget_class, ChIdeaEditor, title_row);
  gtk_widget_class_bind_template_child (widget_class, ChIdeaEditor, status_row);
  gtk_widget_class_bind_template_child (widget_class, ChIdeaEditor, tags_row);
  gtk_widget_class_bind_template_child (widget_class, ChIdeaEditor, description_view);
  gtk_widget_class_bind_template_callback (widget_class, title_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, status_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, tags_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, description_changed_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);

}

static void
ch_idea_editor_init (ChIdeaEditor *self)
{
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);
  g_autoptr(GEnumClass) enum_class = g_type_class_ref (CH_TYPE_IDEA_STATUS);

  gtk_widget_init_template (GTK_WIDGET (self));

  /* The combo's positions are the enum's values. */
  self->syncing = TRUE;
  for (guint i = 0; i < enum_class->n_values; i++)
    gtk_string_list_append (statuses, ch_idea_status_to_label (enum_class->values[i].value));
  adw_combo_row_set_model (self->status_row, G_LIST_MODEL (statuses));
  self->syncing = FALSE;

  sync_from_idea (self);
}

/**
 * ch_idea_editor_get_project:
 *
 * Returns: (transfer none) (nullable): the project that edits go through
 */
ChProject *
ch_idea_editor_get_project (ChIdeaEditor *self)
{
  g_return_val_if_fail (CH_IS_IDEA_EDITOR (self), NULL);

  return self->project;
}

void
ch_idea_editor_set_project (ChIdeaEditor *self,
                            ChProject    *project)
{
  g_return_if_fail (CH_IS_IDEA_EDITOR (self));
  g_return_if_fail (project == NULL || CH_IS_PROJECT (project));

  if (g_set_object (&self->project, project))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROJECT]);
}

/**
 * ch_idea_editor_get_idea:
 *
 * Returns: (transfer none) (nullable): the idea edited
 */
ChIdea *
ch_idea_editor_get_idea (ChIdeaEditor *self)
{
  g_return_val_if_fail (CH_IS_IDEA_EDITOR (self), NULL);

  return self->idea;
}

void
ch_idea_editor_set_idea (ChIdeaEditor *self,
                         ChIdea       *idea)
{
  g_return_if_fail (CH_IS_IDEA_EDITOR (self));
  g_return_if_fail (idea == NULL || CH_IS_IDEA (idea));

  if (self->idea == idea)
    return;

  if (self->idea != NULL)
    g_signal_handlers_disconnect_by_func (self->idea, idea_notify_cb, self);

  g_set_object (&self->idea, idea);

  if (self->idea != NULL)
    g_signal_connect_object (self->idea, "notify", G_CALLBACK (idea_notify_cb), self,
                             G_CONNECT_SWAPPED);

  if (self->stack != NULL)
    sync_from_idea (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IDEA]);
}
