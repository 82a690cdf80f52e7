/* ch-participant-editor.c: the side pane that edits one participant
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ch-participant-editor"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "ch-enum-types.h"
#include "ch-editor-fields.h"
#include "ch-participant-editor.h"
#include "ch-window.h"

struct _ChParticipantEditor
{
  GtkWidget      parent_instance;

  ChProject     *project;
  ChParticipant *participant;

  /* The persona choices: "None", then the project's personas. */
  GListStore    *persona_sources;
  GListModel    *persona_choices;

  /* Set while the fields are filled from the participant, or while the
   * personas change under the persona choice, so that is not taken for
   * an edit. */
  gboolean       syncing;

  /* Template widgets */
  GtkStack      *stack;
  AdwEntryRow   *name_row;
  AdwEntryRow   *organisation_row;
  AdwComboRow   *kind_row;
  AdwComboRow   *role_row;
  AdwComboRow   *persona_row;
};

G_DEFINE_FINAL_TYPE (ChParticipantEditor, ch_participant_editor, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_PROJECT,
  PROP_PARTICIPANT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The translated labels of a participant's kinds or roles, in order. */
static GtkStringList *
create_enum_labels (GType enum_type)
{
  g_autoptr(GEnumClass) enum_class = g_type_class_ref (enum_type);
  GtkStringList *labels = gtk_string_list_new (NULL);

  for (guint i = 0; i < enum_class->n_values; i++)
    {
      int value = enum_class->values[i].value;

      if (enum_type == CH_TYPE_PARTICIPANT_KIND)
        gtk_string_list_append (labels, ch_participant_kind_to_label (value));
      else
        gtk_string_list_append (labels, ch_participant_role_to_label (value));
    }

  return labels;
}

/* Where the participant's persona is among the choices: 0 for none. */
static guint
find_persona_choice (ChParticipantEditor *self)
{
  const char *persona_id = ch_participant_get_persona_id (self->participant);
  guint n_items = g_list_model_get_n_items (self->persona_choices);

  if (persona_id == NULL)
    return 0;

  for (guint i = 1; i < n_items; i++)
    {
      g_autoptr(ChEntity) persona = g_list_model_get_item (self->persona_choices, i);

      if (g_strcmp0 (ch_entity_get_id (persona), persona_id) == 0)
        return i;
    }

  return 0;
}

static void
sync_from_participant (ChParticipantEditor *self)
{
  if (self->participant == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  self->syncing = TRUE;

  ch_editor_set_editable_text (GTK_EDITABLE (self->name_row), ch_participant_get_name (self->participant));
  ch_editor_set_editable_text (GTK_EDITABLE (self->organisation_row),
                               ch_participant_get_organisation (self->participant));
  ch_editor_set_combo_selected (self->kind_row, ch_participant_get_kind (self->participant));
  ch_editor_set_combo_selected (self->role_row, ch_participant_get_role (self->participant));
  ch_editor_set_combo_selected (self->persona_row, find_persona_choice (self));

  self->syncing = FALSE;

  gtk_stack_set_visible_child_name (self->stack, "participant");
}

static gboolean
can_edit (ChParticipantEditor *self)
{
  return !self->syncing && self->participant != NULL && self->project != NULL;
}

/* Writes one edit through the project; when it fails, says why and shows
 * the participant as it is in the file again. */
static void
commit (ChParticipantEditor *self,
        const char          *property,
        const GValue        *value)
{
  g_autoptr(GError) error = NULL;

  if (!ch_project_set_property (self->project, CH_ENTITY (self->participant), property, value,
                                &error))
    {
      ch_window_report_error (GTK_WIDGET (self), error);
      sync_from_participant (self);
    }
}

static void
commit_text (ChParticipantEditor *self,
             const char          *property,
             const char          *text)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_STRING);
  if (text != NULL && *text != '\0')
    g_value_set_string (&value, text);
  commit (self, property, &value);
}

static void
commit_enum (ChParticipantEditor *self,
             const char          *property,
             GType                enum_type,
             guint                selected)
{
  g_auto(GValue) value = G_VALUE_INIT;

  if (!can_edit (self) || selected == GTK_INVALID_LIST_POSITION)
    return;

  g_value_init (&value, enum_type);
  g_value_set_enum (&value, selected);
  commit (self, property, &value);
}

static void
participant_notify_cb (ChParticipantEditor *self)
{
  sync_from_participant (self);
}

static void
name_changed_cb (ChParticipantEditor *self,
                 GtkEditable         *editable)
{
  const char *name = gtk_editable_get_text (editable);

  /* A participant always has a name: one cleared to be typed again keeps
   * its old one until the first letter. */
  if (can_edit (self) && *name != '\0')
    commit_text (self, "name", name);
}

static void
organisation_changed_cb (ChParticipantEditor *self,
                         GtkEditable         *editable)
{
  if (can_edit (self))
    commit_text (self, "organisation", gtk_editable_get_text (editable));
}

static void
kind_selected_cb (ChParticipantEditor *self,
                  GParamSpec          *pspec,
                  AdwComboRow         *row)
{
  commit_enum (self, "kind", CH_TYPE_PARTICIPANT_KIND, adw_combo_row_get_selected (row));
}

static void
role_selected_cb (ChParticipantEditor *self,
                  GParamSpec          *pspec,
                  AdwComboRow         *row)
{
  commit_enum (self, "role", CH_TYPE_PARTICIPANT_ROLE, adw_combo_row_get_selected (row));
}

static void
persona_selected_cb (ChParticipantEditor *self,
                     GParamSpec          *pspec,
                     AdwComboRow         *row)
{
  guint selected = adw_combo_row_get_selected (row);
  g_autoptr(ChEntity) persona = NULL;
  const char *persona_id = NULL;

  if (!can_edit (self) || selected == GTK_INVALID_LIST_POSITION)
    return;

  if (selected > 0)
    {
      persona = g_list_model_get_item (self->persona_choices, selected);
      persona_id = ch_entity_get_id (persona);
    }

  if (g_strcmp0 (persona_id, ch_participant_get_persona_id (self->participant)) != 0)
    commit_text (self, "persona-id", persona_id);
}

/* Personas added, removed or moved shift the choices under the combo row,
 * which then selects another one by itself: that is no edit. */
static void
persona_choices_changing_cb (ChParticipantEditor *self)
{
  self->syncing = TRUE;
}

static void
persona_choices_changed_cb (ChParticipantEditor *self)
{
  self->syncing = FALSE;
  sync_from_participant (self);
}

static void
ch_participant_editor_dispose (GObject *object)
{
  ChParticipantEditor *self = CH_PARTICIPANT_EDITOR (object);

  ch_participant_editor_set_participant (self, NULL);
  ch_participant_editor_set_project (self, NULL);

  gtk_widget_dispose_template (GTK_WIDGET (self), CH_TYPE_PARTICIPANT_EDITOR);

  g_clear_object (&self->persona_choices);
  g_clear_object (&self->persona_sources);

  G_OBJECT_CLASS (ch_participant_editor_parent_class)->dispose (object);
}

static void
ch_participant_editor_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  ChParticipantEditor *self = CH_PARTICIPANT_EDITOR (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      g_value_set_object (value, self->project);
      break;

    case PROP_PARTICIPANT:
      g_value_set_object (value, self->participant);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ch_participant_editor_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  ChParticipantEditor *self = CH_PARTICIPANT_EDITOR (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      ch_participant_editor_set_project (self, g_value_get_object (value));
      break;

    case PROP_PARTICIPANT:
      ch_participant_editor_set_participant (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ch_participant_editor_class_init (ChParticipantEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ch_participant_editor_dispose;
  object_class->get_property = ch_participant_editor_get_property;
  object_class->set_property = ch_participant_editor_set_property;

  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL,
                         CH_TYPE_PROJECT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_PARTICIPANT] =
    g_param_spec_object ("participant", NULL, NULL,
                         CH_TYPE_PARTICIPANT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (CH_TYPE_PERSONA);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/charrette/Charrette/"
                                               "ch-participant-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, ChParticipantEditor, stack);
  gtk_widget_class_bind_template_child (widget_class, ChParticipantEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, ChParticipantEditor, organisation_row);
  gtk_widget_class_bind_template_child (widget_class, ChParticipantEditor, kind_row);
  gtk_widget_class_bind_template_child (widget_class, ChParticipantEditor, role_row);
  gtk_widget_class_bind_template_child (widget_class, ChParticipantEditor, persona_row);
  gtk_widget_class_bind_template_callback (widget_class, name_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, organisation_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, kind_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, role_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, persona_selected_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
ch_participant_editor_init (ChParticipantEditor *self)
{
  g_autoptr(GtkStringList) kinds = NULL;
  g_autoptr(GtkStringList) roles = NULL;
  g_autoptr(GListStore) none = g_list_store_new (CH_TYPE_PERSONA);
  g_autoptr(ChPersona) no_persona = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  /* The combos' positions are the enums' values. */
  self->syncing = TRUE;
  kinds = create_enum_labels (CH_TYPE_PARTICIPANT_KIND);
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));
  roles = create_enum_labels (CH_TYPE_PARTICIPANT_ROLE);
  adw_combo_row_set_model (self->role_row, G_LIST_MODEL (roles));

  /* "None" is a persona of no project, so that one factory names every
   * choice and follows the personas' names as they change. */
  no_persona = ch_persona_new (NULL, _("None"));
  g_list_store_append (none, no_persona);
  self->persona_sources = g_list_store_new (G_TYPE_LIST_MODEL);
  g_list_store_append (self->persona_sources, none);
  self->persona_choices =
    G_LIST_MODEL (gtk_flatten_list_model_new (g_object_ref (G_LIST_MODEL (self->persona_sources))));
  /* Connected before the combo row is given the model, so these run
   * first and last around its own handler. */
  g_signal_connect_object (self->persona_choices, "items-changed",
                           G_CALLBACK (persona_choices_changing_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->persona_choices, "items-changed",
                           G_CALLBACK (persona_choices_changed_cb), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  adw_combo_row_set_model (self->persona_row, self->persona_choices);
  self->syncing = FALSE;

  sync_from_participant (self);
}

/**
 * ch_participant_editor_get_project:
 *
 * Returns: (transfer none) (nullable): the project that edits go through
 */
ChProject *
ch_participant_editor_get_project (ChParticipantEditor *self)
{
  g_return_val_if_fail (CH_IS_PARTICIPANT_EDITOR (self), NULL);

  return self->project;
}

void
ch_participant_editor_set_project (ChParticipantEditor *self,
                                   ChProject           *project)
{
  g_return_if_fail (CH_IS_PARTICIPANT_EDITOR (self));
  g_return_if_fail (project == NULL || CH_IS_PROJECT (project));

  if (!g_set_object (&self->project, project))
    return;

  if (self->persona_sources != NULL)
    {
      if (g_list_model_get_n_items (G_LIST_MODEL (self->persona_sources)) > 1)
        g_list_store_remove (self->persona_sources, 1);
      if (project != NULL)
        g_list_store_append (self->persona_sources, ch_project_get_personas (project));
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROJECT]);
}

/**
 * ch_participant_editor_get_participant:
 *
 * Returns: (transfer none) (nullable): the participant edited
 */
ChParticipant *
ch_participant_editor_get_participant (ChParticipantEditor *self)
{
  g_return_val_if_fail (CH_IS_PARTICIPANT_EDITOR (self), NULL);

  return self->participant;
}

void
ch_participant_editor_set_participant (ChParticipantEditor *self,
                                       ChParticipant       *participant)
{
  g_return_if_fail (CH_IS_PARTICIPANT_EDITOR (self));
  g_return_if_fail (participant == NULL || CH_IS_PARTICIPANT (participant));

  if (self->participant == participant)
    return;

  if (self->participant != NULL)
    g_signal_handlers_disconnect_by_func (self->participant, participant_notify_cb, self);

  g_set_object (&self->participant, participant);

  if (self->participant != NULL)
    g_signal_connect_object (self->participant, "notify", G_CALLBACK (participant_notify_cb),
                             self, G_CONNECT_SWAPPED);

  if (self->stack != NULL)
    sync_from_participant (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PARTICIPANT]);
}

/**
 * ch_participant_editor_focus_name:
 *
 * Puts the cursor in the name, all of it selected to be typed over.
 */
void
ch_participant_editor_focus_name (ChParticipantEditor *self)
{
  g_return_if_fail (CH_IS_PARTICIPANT_EDITOR (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
  gtk_editable_select_region (GTK_EDITABLE (self->name_row), 0, -1);
}
