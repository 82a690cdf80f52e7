/* ch-persona-editor.c: the side pane that edits one persona
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ch-persona-editor"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "ch-enum-types.h"
#include "ch-editor-fields.h"
#include "ch-persona-editor.h"
#include "ch-persona-evidence.h"
#include "ch-window.h"

struct _ChPersonaEditor
{
  GtkWidget          parent_instance;

  ChProject         *project;
  ChPersona         *persona;

  /* Set while the fields are filled from the persona, so that filling
   * them is not taken for an edit. */
  gboolean           syncing;

  /* Template widgets */
  GtkStack          *stack;
  AdwEntryRow       *name_row;
  AdwComboRow       *kind_row;
  AdwEntryRow       *segment_row;
  AdwActionRow      *color_row;
  GtkColorButton    *color_button;
  GtkButton         *clear_color_button;
  GtkTextView       *goals_view;
  GtkTextView       *pains_view;
  GtkListBox        *quotes_list;
  GtkTextView       *notes_view;
  ChPersonaEvidence *evidence;
};

G_DEFINE_FINAL_TYPE (ChPersonaEditor, ch_persona_editor, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_PROJECT,
  PROP_PERSONA,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void quote_changed_cb        (ChPersonaEditor *self);
static void remove_quote_clicked_cb (ChPersonaEditor *self,
                                     GtkButton       *button);

static char *
format_color (const GdkRGBA *rgba)
{
  return g_strdup_printf ("#%02x%02x%02x",
                          (int) (CLAMP (rgba->red, 0., 1.) * 255. + .5),
                          (int) (CLAMP (rgba->green, 0., 1.) * 255. + .5),
                          (int) (CLAMP (rgba->blue, 0., 1.) * 255. + .5));
}

/* The quotes as written in the rows, empty rows left out: a row just
 * added is not a quote until something is typed in it. */
static GStrv
collect_quotes (ChPersonaEditor *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  GtkListBoxRow *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->quotes_list, i)) != NULL; i++)
    {
      const char *text = gtk_editable_get_text (GTK_EDITABLE (row));

      if (*text != '\0')
        g_strv_builder_add (builder, text);
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

static GtkWidget *
add_quote_row (ChPersonaEditor *self,
               const char      *text)
{
  GtkWidget *row;
  GtkWidget *button;

  row = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Quote"));
  gtk_editable_set_text (GTK_EDITABLE (row), text);

  button = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, _("Remove Quote"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Remove Quote"),
                                  -1);
  gtk_widget_add_css_class (button, "flat");
  g_signal_connect_object (button, "clicked", G_CALLBACK (remove_quote_clicked_cb), self,
                           G_CONNECT_SWAPPED);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), button);

  g_signal_connect_object (row, "changed", G_CALLBACK (quote_changed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_list_box_append (self->quotes_list, row);

  return row;
}

static void
remove_quote_rows (ChPersonaEditor *self)
{
  GtkListBoxRow *row;

  while ((row = gtk_list_box_get_row_at_index (self->quotes_list, 0)) != NULL)
    gtk_list_box_remove (self->quotes_list, GTK_WIDGET (row));
}

static void
sync_quotes (ChPersonaEditor *self)
{
  const char * const *quotes = ch_persona_get_quotes (self->persona);
  g_auto(GStrv) shown = collect_quotes (self);
  guint n_quotes;

  if (strv_equal (quotes, (const char * const *) shown))
    return;

  remove_quote_rows (self);

  n_quotes = quotes != NULL ? g_strv_length ((GStrv) quotes) : 0;
  for (guint i = 0; i < n_quotes; i++)
    add_quote_row (self, quotes[i]);
}

static void
sync_color (ChPersonaEditor *self)
{
  const char *color = ch_persona_get_color (self->persona);
  GdkRGBA rgba;
  GdkRGBA shown;

  if (color == NULL || !gdk_rgba_parse (&rgba, color))
    {
      adw_action_row_set_subtitle (self->color_row, _("None"));
      gtk_widget_set_sensitive (GTK_WIDGET (self->clear_color_button), FALSE);
      return;
    }

  adw_action_row_set_subtitle (self->color_row, "");
  gtk_widget_set_sensitive (GTK_WIDGET (self->clear_color_button), TRUE);

  gtk_color_chooser_get_rgba (GTK_COLOR_CHOOSER (self->color_button), &shown);
  if (!gdk_rgba_equal (&rgba, &shown))
    gtk_color_chooser_set_rgba (GTK_COLOR_CHOOSER (self->color_button), &rgba);
}

static void
sync_from_persona (ChPersonaEditor *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "persona.add-quote", self->persona != NULL);

  if (self->persona == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  self->syncing = TRUE;

  ch_editor_set_editable_text (GTK_EDITABLE (self->name_row), ch_persona_get_name (self->persona));
  if (adw_combo_row_get_selected (self->kind_row) != (guint) ch_persona_get_kind (self->persona))
    adw_combo_row_set_selected (self->kind_row, ch_persona_get_kind (self->persona));
  ch_editor_set_editable_text (GTK_EDITABLE (self->segment_row), ch_persona_get_segment (self->persona));
  sync_color (self);
  ch_editor_set_buffer_text (self->goals_view, ch_persona_get_goals (self->persona));
  ch_editor_set_buffer_text (self->pains_view, ch_persona_get_pains (self->persona));
  sync_quotes (self);
  ch_editor_set_buffer_text (self->notes_view, ch_persona_get_notes (self->persona));

  self->syncing = FALSE;

  gtk_stack_set_visible_child_name (self->stack, "persona");
}

static gboolean
can_edit (ChPersonaEditor *self)
{
  return !self->syncing && self->persona != NULL && self->project != NULL;
}

/* Writes one edit through the project; when it fails, says why and shows
 * the persona as it is in the file again. */
static void
commit (ChPersonaEditor *self,
        const char      *property,
        const GValue    *value)
{
  g_autoptr(GError) error = NULL;

  if (!ch_project_set_property (self->project, CH_ENTITY (self->persona), property, value,
                                &error))
    {
      ch_window_report_error (GTK_WIDGET (self), error);
      sync_from_persona (self);
    }
}

/* Optional texts: an empty one is stored as none. */
static void
commit_text (ChPersonaEditor *self,
             const char      *property,
             const char      *text)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_STRING);
  if (text != NULL && *text != '\0')
    g_value_set_string (&value, text);
  commit (self, property, &value);
}

static void
persona_notify_cb (ChPersonaEditor *self)
{
  sync_from_persona (self);
}

static void
name_changed_cb (ChPersonaEditor *self,
                 GtkEditable     *editable)
{
  const char *name = gtk_editable_get_text (editable);

  /* A persona always has a name: one cleared to be typed again keeps its
   * old one until the first letter. */
  if (can_edit (self) && *name != '\0')
    commit_text (self, "name", name);
}

static void
kind_selected_cb (ChPersonaEditor *self,
                  GParamSpec      *pspec,
                  AdwComboRow     *row)
{
  g_auto(GValue) value = G_VALUE_INIT;
  guint selected = adw_combo_row_get_selected (row);

  if (!can_edit (self) || selected == GTK_INVALID_LIST_POSITION)
    return;

  g_value_init (&value, CH_TYPE_PERSONA_KIND);
  g_value_set_enum (&value, selected);
  commit (self, "kind", &value);
}

static void
segment_changed_cb (ChPersonaEditor *self,
                    GtkEditable     *editable)
{
  if (can_edit (self))
    commit_text (self, "segment", gtk_editable_get_text (editable));
}

static void
color_set_cb (ChPersonaEditor *self,
              GtkColorButton  *button)
{
  g_autofree char *color = NULL;
  GdkRGBA rgba;

  if (!can_edit (self))
    return;

  gtk_color_chooser_get_rgba (GTK_COLOR_CHOOSER (button), &rgba);
  color = format_color (&rgba);
  commit_text (self, "color", color);
}

static void
clear_color_clicked_cb (ChPersonaEditor *self,
                        GtkButton       *button)
{
  if (can_edit (self))
    commit_text (self, "color", NULL);
}

static void
text_changed_cb (ChPersonaEditor *self,
                 GtkTextBuffer   *buffer)
{
  g_autofree char *text = NULL;
  const char *property;

  if (!can_edit (self))
    return;

  if (buffer == gtk_text_view_get_buffer (self->goals_view))
    property = "goals";
  else if (buffer == gtk_text_view_get_buffer (self->pains_view))
    property = "pains";
  else
    property = "notes";

  text = ch_editor_dup_buffer_text (buffer);
  commit_text (self, property, text);
}

static void
commit_quotes (ChPersonaEditor *self)
{
  g_auto(GValue) value = G_VALUE_INIT;
  GStrv quotes = collect_quotes (self);

  if (strv_equal ((const char * const *) quotes, ch_persona_get_quotes (self->persona)))
    {
      g_strfreev (quotes);
      return;
    }

  g_value_init (&value, G_TYPE_STRV);
  g_value_take_boxed (&value, quotes);
  commit (self, "quotes", &value);
}

static void
quote_changed_cb (ChPersonaEditor *self)
{
  if (can_edit (self))
    commit_quotes (self);
}

static void
remove_quote_clicked_cb (ChPersonaEditor *self,
                         GtkButton       *button)
{
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (button), GTK_TYPE_LIST_BOX_ROW);

  if (!can_edit (self) || row == NULL)
    return;

  gtk_list_box_remove (self->quotes_list, row);
  commit_quotes (self);
}

static void
add_quote_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  ChPersonaEditor *self = CH_PERSONA_EDITOR (widget);

  if (self->persona != NULL)
    gtk_widget_grab_focus (add_quote_row (self, ""));
}

static void
ch_persona_editor_dispose (GObject *object)
{
  ChPersonaEditor *self = CH_PERSONA_EDITOR (object);

  ch_persona_editor_set_persona (self, NULL);
  g_clear_object (&self->project);

  gtk_widget_dispose_template (GTK_WIDGET (self), CH_TYPE_PERSONA_EDITOR);

  G_OBJECT_CLASS (ch_persona_editor_parent_class)->dispose (object);
}

static void
ch_persona_editor_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  ChPersonaEditor *self = CH_PERSONA_EDITOR (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      g_value_set_object (value, self->project);
      break;

    case PROP_PERSONA:
      g_value_set_object (value, self->persona);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ch_persona_editor_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  ChPersonaEditor *self = CH_PERSONA_EDITOR (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      ch_persona_editor_set_project (self, g_value_get_object (value));
      break;

    case PROP_PERSONA:
      ch_persona_editor_set_persona (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ch_persona_editor_class_init (ChPersonaEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ch_persona_editor_dispose;
  object_class->get_property = ch_persona_editor_get_property;
  object_class->set_property = ch_persona_editor_set_property;

  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL,
                         CH_TYPE_PROJECT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_PERSONA] =
    g_param_spec_object ("persona", NULL, NULL,
                         CH_TYPE_PERSONA,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (CH_TYPE_PERSONA_EVIDENCE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/charrette/Charrette/"
                                               "ch-persona-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, ChPersonaEditor, stack);
  gtk_widget_class_bind_template_child (widget_class, ChPersonaEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, ChPersonaEditor, kind_row);
  gtk_widget_class_bind_template_child (widget_class, ChPersonaEditor, segment_row);
  gtk_widget_class_bind_template_child (widget_class, ChPersonaEditor, color_row);
  gtk_widget_class_bind_template_child (widget_class, ChPersonaEditor, color_button);
  gtk_widget_class_bind_template_child (widget_class, ChPersonaEditor, clear_color_button);
  gtk_widget_class_bind_template_child (widget_class, ChPersonaEditor, goals_view);
  gtk_widget_class_bind_template_child (widget_class, ChPersonaEditor, pains_view);
  gtk_widget_class_bind_template_child (widget_class, ChPersonaEditor, quotes_list);
  gtk_widget_class_bind_template_child (widget_class, ChPersonaEditor, notes_view);
  gtk_widget_class_bind_template_child (widget_class, ChPersonaEditor, evidence);
  gtk_widget_class_bind_template_callback (widget_class, name_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, kind_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, segment_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, color_set_cb);
  gtk_widget_class_bind_template_callback (widget_class, clear_color_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, text_changed_cb);

  gtk_widget_class_install_action (widget_class, "persona.add-quote", NULL, add_quote_activated);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);

}

static void
ch_persona_editor_init (ChPersonaEditor *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);
  g_autoptr(GEnumClass) enum_class = g_type_class_ref (CH_TYPE_PERSONA_KIND);
  GtkWidget *color_button_child;
  GtkWidget *placeholder;

  gtk_widget_init_template (GTK_WIDGET (self));

  /* The combo's positions are the enum's values. */
  self->syncing = TRUE;
  for (guint i = 0; i < enum_class->n_values; i++)
    gtk_string_list_append (kinds, ch_persona_kind_to_label (enum_class->values[i].value));
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));
  self->syncing = FALSE;

  /* GtkColorButton 4.8 does not name the button inside it. */
  color_button_child = gtk_widget_get_first_child (GTK_WIDGET (self->color_button));
  gtk_accessible_update_property (GTK_ACCESSIBLE (color_button_child),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Persona Color"),
                                  -1);

  placeholder = gtk_label_new (_("No quotes yet"));
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_widget_set_margin_top (placeholder, 12);
  gtk_widget_set_margin_bottom (placeholder, 12);
  gtk_list_box_set_placeholder (self->quotes_list, placeholder);

  sync_from_persona (self);
}

/**
 * ch_persona_editor_get_project:
 *
 * Returns: (transfer none) (nullable): the project that edits go through
 */
ChProject *
ch_persona_editor_get_project (ChPersonaEditor *self)
{
  g_return_val_if_fail (CH_IS_PERSONA_EDITOR (self), NULL);

  return self->project;
}

void
ch_persona_editor_set_project (ChPersonaEditor *self,
                               ChProject       *project)
{
  g_return_if_fail (CH_IS_PERSONA_EDITOR (self));
  g_return_if_fail (project == NULL || CH_IS_PROJECT (project));

  if (!g_set_object (&self->project, project))
    return;

  if (self->evidence != NULL)
    ch_persona_evidence_set_project (self->evidence, project);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROJECT]);
}

/**
 * ch_persona_editor_get_persona:
 *
 * Returns: (transfer none) (nullable): the persona edited
 */
ChPersona *
ch_persona_editor_get_persona (ChPersonaEditor *self)
{
  g_return_val_if_fail (CH_IS_PERSONA_EDITOR (self), NULL);

  return self->persona;
}

void
ch_persona_editor_set_persona (ChPersonaEditor *self,
                               ChPersona       *persona)
{
  g_return_if_fail (CH_IS_PERSONA_EDITOR (self));
  g_return_if_fail (persona == NULL || CH_IS_PERSONA (persona));

  if (self->persona == persona)
    return;

  if (self->persona != NULL)
    g_signal_handlers_disconnect_by_func (self->persona, persona_notify_cb, self);

  g_set_object (&self->persona, persona);

  if (self->persona != NULL)
    g_signal_connect_object (self->persona, "notify", G_CALLBACK (persona_notify_cb), self,
                             G_CONNECT_SWAPPED);

  if (self->stack != NULL)
    {
      /* Before the pane shows it: the evidence is worked out when shown. */
      ch_persona_evidence_set_persona (self->evidence, persona);

      /* Rows of another persona's quotes, typed or not, go. */
      remove_quote_rows (self);
      sync_from_persona (self);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERSONA]);
}

/**
 * ch_persona_editor_focus_name:
 *
 * Puts the cursor in the name, all of it selected to be typed over.
 */
void
ch_persona_editor_focus_name (ChPersonaEditor *self)
{
  g_return_if_fail (CH_IS_PERSONA_EDITOR (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
  gtk_editable_select_region (GTK_EDITABLE (self->name_row), 0, -1);
}
