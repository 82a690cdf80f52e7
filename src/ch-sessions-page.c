/* ch-sessions-page.c: the sessions of a project
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ch-sessions-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ch-session-editor.h"
#include "ch-session-row.h"
#include "ch-list-selection.h"
#include "ch-sessions-page.h"
#include "ch-window.h"

struct _ChSessionsPage
{
  AdwBin              parent_instance;

  ChProject          *project;

  /* Template widgets */
  GtkStack           *content_stack;
  GtkListView        *list_view;
  GtkSingleSelection *selection;
  ChSessionEditor    *editor;
};

G_DEFINE_FINAL_TYPE (ChSessionsPage, ch_sessions_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_PROJECT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_content (ChSessionsPage *self)
{
  gboolean empty = g_list_model_get_n_items (G_LIST_MODEL (self->selection)) == 0;

  gtk_stack_set_visible_child_name (self->content_stack, empty ? "empty" : "sessions");
}

static void
setup_row_cb (ChSessionsPage *self,
              GtkListItem    *list_item)
{
  gtk_list_item_set_child (list_item, g_object_new (CH_TYPE_SESSION_ROW, NULL));
}

static void
bind_row_cb (ChSessionsPage *self,
             GtkListItem    *list_item)
{
  ch_session_row_set_session (CH_SESSION_ROW (gtk_list_item_get_child (list_item)),
                              gtk_list_item_get_item (list_item));
}

static void
unbind_row_cb (ChSessionsPage *self,
               GtkListItem    *list_item)
{
  ch_session_row_set_session (CH_SESSION_ROW (gtk_list_item_get_child (list_item)),
                              NULL);
}

static void
add_activated (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ChSessionsPage *self = CH_SESSIONS_PAGE (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *today = NULL;
  ChSession *session;

  if (self->project == NULL)
    return;

  now = g_date_time_new_now_local ();
  today = g_date_time_format (now, "%Y-%m-%d");
  session = ch_project_add_session (self->project, _("New session"), today, &error);
  if (session == NULL)
    {
      ch_window_report_error (GTK_WIDGET (self), error);
      return;
    }

  ch_sessions_page_select (self, session);
  ch_session_editor_focus_title (self->editor);
}

static void
ch_sessions_page_dispose (GObject *object)
{
  ChSessionsPage *self = CH_SESSIONS_PAGE (object);

  ch_sessions_page_set_project (self, NULL);

  gtk_widget_dispose_template (GTK_WIDGET (self), CH_TYPE_SESSIONS_PAGE);

  G_OBJECT_CLASS (ch_sessions_page_parent_class)->dispose (object);
}

static void
ch_sessions_page_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  ChSessionsPage *self = CH_SESSIONS_PAGE (object);

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
ch_sessions_page_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  ChSessionsPage *self = CH_SESSIONS_PAGE (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      ch_sessions_page_set_project (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ch_sessions_page_class_init (ChSessionsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ch_sessions_page_dispose;
  object_class->get_property = ch_sessions_page_get_property;
  object_class->set_property = ch_sessions_page_set_property;

  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL,
                         CH_TYPE_PROJECT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (CH_TYPE_SESSION_EDITOR);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/charrette/Charrette/"
                                               "ch-sessions-page.ui");
  gtk_widget_class_bind_template_child (widget_class, ChSessionsPage, content_stack);
  gtk_widget_class_bind_template_child (widget_class, ChSessionsPage, list_view);
  gtk_widget_class_bind_template_child (widget_class, ChSessionsPage, selection);
  gtk_widget_class_bind_template_child (widget_class, ChSessionsPage, editor);
  gtk_widget_class_bind_template_callback (widget_class, setup_row_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_row_cb);
  gtk_widget_class_bind_template_callback (widget_class, unbind_row_cb);

  gtk_widget_class_install_action (widget_class, "sessions.add", NULL, add_activated);
}

static void
ch_sessions_page_init (ChSessionsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "sessions.add", FALSE);
  g_signal_connect_object (self->selection, "items-changed",
                           G_CALLBACK (update_content), self, G_CONNECT_SWAPPED);
  update_content (self);
}

/**
 * ch_sessions_page_get_project:
 *
 * Returns: (transfer none) (nullable): the project whose sessions are shown
 */
ChProject *
ch_sessions_page_get_project (ChSessionsPage *self)
{
  g_return_val_if_fail (CH_IS_SESSIONS_PAGE (self), NULL);

  return self->project;
}

void
ch_sessions_page_set_project (ChSessionsPage *self,
                              ChProject      *project)
{
  g_return_if_fail (CH_IS_SESSIONS_PAGE (self));
  g_return_if_fail (project == NULL || CH_IS_PROJECT (project));

  if (self->project == project)
    return;

  g_set_object (&self->project, project);

  if (self->selection != NULL)
    {
      gtk_single_selection_set_model (self->selection,
                                      project != NULL ? ch_project_get_sessions (project)
                                                      : NULL);
      ch_session_editor_set_project (self->editor, project);
    }

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "sessions.add", project != NULL);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROJECT]);
}

/**
 * ch_sessions_page_get_selected:
 *
 * Returns: (transfer none) (nullable): the session selected in the list
 */
ChSession *
ch_sessions_page_get_selected (ChSessionsPage *self)
{
  g_return_val_if_fail (CH_IS_SESSIONS_PAGE (self), NULL);

  return gtk_single_selection_get_selected_item (self->selection);
}

/**
 * ch_sessions_page_select:
 * @session: a session of the project
 *
 * Selects @session and scrolls the list to it.
 */
void
ch_sessions_page_select (ChSessionsPage *self,
                         ChSession      *session)
{
  g_return_if_fail (CH_IS_SESSIONS_PAGE (self));
  g_return_if_fail (CH_IS_SESSION (session));

  ch_list_selection_select (self->selection, self->list_view, session);
}
