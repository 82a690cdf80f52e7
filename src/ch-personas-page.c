/* ch-personas-page.c: the personas of a project
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ch-personas-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ch-persona-editor.h"
#include "ch-persona-row.h"
#include "ch-list-selection.h"
#include "ch-personas-page.h"
#include "ch-window.h"

struct _ChPersonasPage
{
  AdwBin           parent_instance;

  ChProject          *project;

  /* Template widgets */
  GtkStack           *content_stack;
  GtkListView        *list_view;
  GtkSingleSelection *selection;
  ChPersonaEditor    *editor;
};

G_DEFINE_FINAL_TYPE (ChPersonasPage, ch_personas_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_PROJECT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_content (ChPersonasPage *self)
{
  gboolean empty = g_list_model_get_n_items (G_LIST_MODEL (self->selection)) == 0;

  gtk_stack_set_visible_child_name (self->content_stack, empty ? "empty" : "personas");
}

static void
add_activated (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ChPersonasPage *self = CH_PERSONAS_PAGE (widget);
  g_autoptr(GError) error = NULL;
  ChPersona *persona;

  if (self->project == NULL)
    return;

  persona = ch_project_add_persona (self->project, _("New persona"), &error);
  if (persona == NULL)
    {
      ch_window_report_error (GTK_WIDGET (self), error);
      return;
    }

  ch_personas_page_select (self, persona);
  ch_persona_editor_focus_name (self->editor);
}

static void
ch_personas_page_dispose (GObject *object)
{
  ChPersonasPage *self = CH_PERSONAS_PAGE (object);

  ch_personas_page_set_project (self, NULL);

  gtk_widget_dispose_template (GTK_WIDGET (self), CH_TYPE_PERSONAS_PAGE);

  G_OBJECT_CLASS (ch_personas_page_parent_class)->dispose (object);
}

static void
ch_personas_page_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  ChPersonasPage *self = CH_PERSONAS_PAGE (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      g_value_set_object (value, self->project);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ch_personas_page_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  ChPersonasPage *self = CH_PERSONAS_PAGE (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      ch_personas_page_set_project (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ch_personas_page_class_init (ChPersonasPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ch_personas_page_dispose;
  object_class->get_property = ch_personas_page_get_property;
  object_class->set_property = ch_personas_page_set_property;

  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL,
                         CH_TYPE_PROJECT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (CH_TYPE_PERSONA_ROW);
  g_type_ensure (CH_TYPE_PERSONA_EDITOR);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/charrette/Charrette/"
                                               "ch-personas-page.ui");
  gtk_widget_class_bind_template_child (widget_class, ChPersonasPage, content_stack);
  gtk_widget_class_bind_template_child (widget_class, ChPersonasPage, list_view);
  gtk_widget_class_bind_template_child (widget_class, ChPersonasPage, selection);
  gtk_widget_class_bind_template_child (widget_class, ChPersonasPage, editor);

  gtk_widget_class_install_action (widget_class, "personas.add", NULL, add_activated);

}

static void
ch_personas_page_init (ChPersonasPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "personas.add", FALSE);
  g_signal_connect_object (self->selection, "items-changed",
                           G_CALLBACK (update_content), self, G_CONNECT_SWAPPED);
  update_content (self);
}

/**
 * ch_personas_page_get_project:
 *
 * Returns: (transfer none) (nullable): the project whose personas are shown
 */
ChProject *
ch_personas_page_get_project (ChPersonasPage *self)
{
  g_return_val_if_fail (CH_IS_PERSONAS_PAGE (self), NULL);

  return self->project;
}

void
ch_personas_page_set_project (ChPersonasPage *self,
                              ChProject      *project)
{
  g_return_if_fail (CH_IS_PERSONAS_PAGE (self));
  g_return_if_fail (project == NULL || CH_IS_PROJECT (project));

  if (self->project == project)
    return;

  g_set_object (&self->project, project);

  if (self->selection != NULL)
    {
      gtk_single_selection_set_model (self->selection,
                                      project != NULL ? ch_project_get_personas (project) : NULL);
      ch_persona_editor_set_project (self->editor, project);
    }

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "personas.add", project != NULL);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROJECT]);
}

/**
 * ch_personas_page_get_selected:
 *
 * Returns: (transfer none) (nullable): the persona selected in the list
 */
ChPersona *
ch_personas_page_get_selected (ChPersonasPage *self)
{
  g_return_val_if_fail (CH_IS_PERSONAS_PAGE (self), NULL);

  return gtk_single_selection_get_selected_item (self->selection);
}

/**
 * ch_personas_page_select:
 * @persona: a persona of the project
 *
 * Selects @persona and scrolls the list to it.
 */
void
ch_personas_page_select (ChPersonasPage *self,
                         ChPersona      *persona)
{
  g_return_if_fail (CH_IS_PERSONAS_PAGE (self));
  g_return_if_fail (CH_IS_PERSONA (persona));

  ch_list_selection_select (self->selection, self->list_view, persona);
}
