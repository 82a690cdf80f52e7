/* ch-participants-page.c: the participants of a project
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ch-participants-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ch-participant-editor.h"
#include "ch-participant-row.h"
#include "ch-list-selection.h"
#include "ch-participants-page.h"
#include "ch-window.h"

struct _ChParticipantsPage
{
  AdwBin               parent_instance;

  ChProject           *project;

  /* Template widgets */
  GtkStack            *content_stack;
  GtkListView         *list_view;
  GtkSingleSelection  *selection;
  ChParticipantEditor *editor;
};

G_DEFINE_FINAL_TYPE (ChParticipantsPage, ch_participants_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_PROJECT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_content (ChParticipantsPage *self)
{
  gboolean empty = g_list_model_get_n_items (G_LIST_MODEL (self->selection)) == 0;

  gtk_stack_set_visible_child_name (self->content_stack, empty ? "empty" : "participants");
}

/* A row looks its participant's persona up in the project shown. */
static void
setup_row_cb (ChParticipantsPage *self,
              GtkListItem        *list_item)
{
  GtkWidget *row = g_object_new (CH_TYPE_PARTICIPANT_ROW, NULL);

  g_object_bind_property (self, "project", row, "project", G_BINDING_SYNC_CREATE);
  gtk_list_item_set_child (list_item, row);
}

static void
bind_row_cb (ChParticipantsPage *self,
             GtkListItem        *list_item)
{
  ch_participant_row_set_participant (CH_PARTICIPANT_ROW (gtk_list_item_get_child (list_item)),
                                      gtk_list_item_get_item (list_item));
}

static void
unbind_row_cb (ChParticipantsPage *self,
               GtkListItem        *list_item)
{
  ch_participant_row_set_participant (CH_PARTICIPANT_ROW (gtk_list_item_get_child (list_item)),
                                      NULL);
}

static void
add_activated (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ChParticipantsPage *self = CH_PARTICIPANTS_PAGE (widget);
  g_autoptr(GError) error = NULL;
  ChParticipant *participant;

  if (self->project == NULL)
    return;

  participant = ch_project_add_participant (self->project, _("New participant"), &error);
  if (participant == NULL)
    {
      ch_window_report_error (GTK_WIDGET (self), error);
      return;
    }

  ch_participants_page_select (self, participant);
  ch_participant_editor_focus_name (self->editor);
}

static void
ch_participants_page_dispose (GObject *object)
{
  ChParticipantsPage *self = CH_PARTICIPANTS_PAGE (object);

  ch_participants_page_set_project (self, NULL);

  gtk_widget_dispose_template (GTK_WIDGET (self), CH_TYPE_PARTICIPANTS_PAGE);

  G_OBJECT_CLASS (ch_participants_page_parent_class)->dispose (object);
}

static void
ch_participants_page_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  ChParticipantsPage *self = CH_PARTICIPANTS_PAGE (object);

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
ch_participants_page_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  ChParticipantsPage *self = CH_PARTICIPANTS_PAGE (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      ch_participants_page_set_project (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ch_participants_page_class_init (ChParticipantsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ch_participants_page_dispose;
  object_class->get_property = ch_participants_page_get_property;
  object_class->set_property = ch_participants_page_set_property;

  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL,
                         CH_TYPE_PROJECT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (CH_TYPE_PARTICIPANT_EDITOR);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/charrette/Charrette/"
                                               "ch-participants-page.ui");
  gtk_widget_class_bind_template_child (widget_class, ChParticipantsPage, content_stack);
  gtk_widget_class_bind_template_child (widget_class, ChParticipantsPage, list_view);
  gtk_widget_class_bind_template_child (widget_class, ChParticipantsPage, selection);
  gtk_widget_class_bind_template_child (widget_class, ChParticipantsPage, editor);
  gtk_widget_class_bind_template_callback (widget_class, setup_row_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_row_cb);
  gtk_widget_class_bind_template_callback (widget_class, unbind_row_cb);

  gtk_widget_class_install_action (widget_class, "participants.add", NULL, add_activated);
}

static void
ch_participants_page_init (ChParticipantsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "participants.add", FALSE);
  g_signal_connect_object (self->selection, "items-changed",
                           G_CALLBACK (update_content), self, G_CONNECT_SWAPPED);
  update_content (self);
}

/**
 * ch_participants_page_get_project:
 *
 * Returns: (transfer none) (nullable): the project whose participants are shown
 */
ChProject *
ch_participants_page_get_project (ChParticipantsPage *self)
{
  g_return_val_if_fail (CH_IS_PARTICIPANTS_PAGE (self), NULL);

  return self->project;
}

void
ch_participants_page_set_project (ChParticipantsPage *self,
                                  ChProject          *project)
{
  g_return_if_fail (CH_IS_PARTICIPANTS_PAGE (self));
  g_return_if_fail (project == NULL || CH_IS_PROJECT (project));

  if (self->project == project)
    return;

  g_set_object (&self->project, project);

  if (self->selection != NULL)
    {
      gtk_single_selection_set_model (self->selection,
                                      project != NULL ? ch_project_get_participants (project)
                                                      : NULL);
      ch_participant_editor_set_project (self->editor, project);
    }

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "participants.add", project != NULL);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROJECT]);
}

/**
 * ch_participants_page_get_selected:
 *
 * Returns: (transfer none) (nullable): the participant selected in the list
 */
ChParticipant *
ch_participants_page_get_selected (ChParticipantsPage *self)
{
  g_return_val_if_fail (CH_IS_PARTICIPANTS_PAGE (self), NULL);

  return gtk_single_selection_get_selected_item (self->selection);
}

/**
 * ch_participants_page_select:
 * @participant: a participant of the project
 *
 * Selects @participant and scrolls the list to it.
 */
void
ch_participants_page_select (ChParticipantsPage *self,
                             ChParticipant      *participant)
{
  g_return_if_fail (CH_IS_PARTICIPANTS_PAGE (self));
  g_return_if_fail (CH_IS_PARTICIPANT (participant));

  ch_list_selection_select (self->selection, self->list_view, participant);
}
