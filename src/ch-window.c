/* ch-window.c: a Charrette window: the start page or one open project
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ch-window"

#include "config.h"

#include <glib/gi18n.h>

#include "ch-application.h"
#include "ch-project-view.h"
#include "ch-start-page.h"
#include "ch-window.h"

struct _ChWindow
{
  AdwApplicationWindow  parent_instance;

  GSettings            *settings;
  ChProject            *project;
  GCancellable         *opening;

  /* Template widgets */
  AdwToastOverlay      *toast_overlay;
  GtkStack             *stack;
  ChStartPage          *start_page;
  ChProjectView        *project_view;
};

G_DEFINE_FINAL_TYPE (ChWindow, ch_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_PROJECT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static ChLibrary *
get_library (ChWindow *self)
{
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));

  return CH_IS_APPLICATION (application)
         ? ch_application_get_library (CH_APPLICATION (application))
         : NULL;
}

static void
update_actions (ChWindow *self)
{
  gboolean open = self->project != NULL;
  GtkWidget *widget = GTK_WIDGET (self);

  gtk_widget_action_set_enabled (widget, "win.undo",
                                 open && ch_project_get_can_undo (self->project));
  gtk_widget_action_set_enabled (widget, "win.redo",
                                 open && ch_project_get_can_redo (self->project));
  gtk_widget_action_set_enabled (widget, "win.new-idea", open);
  gtk_widget_action_set_enabled (widget, "win.delete", open);
  gtk_widget_action_set_enabled (widget, "win.show-ideas", open);
  gtk_widget_action_set_enabled (widget, "win.show-personas", open);
}

static void
update_title (ChWindow *self)
{
  if (self->project != NULL)
    gtk_window_set_title (GTK_WINDOW (self), ch_project_get_title (self->project));
  else
    gtk_window_set_title (GTK_WINDOW (self), _("Charrette"));
}

static void
save_window_state (ChWindow *self)
{
  int width;
  int height;
  gboolean maximized = gtk_window_is_maximized (GTK_WINDOW (self));

  if (!maximized)
    {
      gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
  g_settings_set_boolean (self->settings, "window-maximized", maximized);
}

/* The views let go of the project's models before its file closes. */
static void
release_project (ChWindow *self)
{
  g_autoptr(ChProject) project = g_steal_pointer (&self->project);

  g_signal_handlers_disconnect_by_data (project, self);
  if (self->project_view != NULL)
    ch_project_view_set_project (self->project_view, NULL);
  ch_project_close (project);
}

static void
project_changed_cb (ChWindow   *self,
                    GParamSpec *pspec,
                    ChProject  *project)
{
  update_actions (self);
  update_title (self);
}

static void
set_project (ChWindow  *self,
             ChProject *project)
{
  g_assert (self->project == NULL);

  self->project = g_object_ref (project);
  g_signal_connect_object (project, "notify::can-undo",
                           G_CALLBACK (project_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (project, "notify::can-redo",
                           G_CALLBACK (project_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (project, "notify::title",
                           G_CALLBACK (project_changed_cb), self, G_CONNECT_SWAPPED);

  ch_project_view_set_project (self->project_view, project);
  gtk_stack_set_visible_child_name (self->stack, "project");
  /* Ready to capture the room's first idea. */
  ch_project_view_focus_new_idea (self->project_view);
  g_settings_set_string (self->settings, "last-project", ch_project_get_path (project));

  update_actions (self);
  update_title (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROJECT]);
}

static void
project_opened_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(ChWindow) self = user_data;
  g_autoptr(ChProject) project = NULL;
  g_autoptr(GError) error = NULL;

  project = ch_project_open_finish (result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  g_clear_object (&self->opening);

  if (project == NULL)
    {
      ch_window_show_error (self, _("Could Not Open Project"), error);
      return;
    }

  ch_window_close_project (self);
  set_project (self, project);
}

static void
start_page_open_project_cb (ChWindow    *self,
                            const char  *path,
                            ChStartPage *start_page)
{
  ch_window_open_project (self, path);
}

static void
undo_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  ChWindow *self = CH_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (self->project != NULL && !ch_project_undo (self->project, &error))
    ch_window_show_error (self, _("Could Not Undo"), error);
}

static void
redo_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  ChWindow *self = CH_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (self->project != NULL && !ch_project_redo (self->project, &error))
    ch_window_show_error (self, _("Could Not Redo"), error);
}

/* Ctrl+W closes the project first, then the window. */
static void
close_project_activated (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  ChWindow *self = CH_WINDOW (widget);

  if (self->project != NULL)
    ch_window_close_project (self);
  else
    gtk_window_close (GTK_WINDOW (self));
}

static void
new_idea_activated (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  ch_project_view_focus_new_idea (CH_WINDOW (widget)->project_view);
}

static void
delete_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  ch_project_view_delete_selected (CH_WINDOW (widget)->project_view);
}

static void
show_page_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  ChWindow *self = CH_WINDOW (widget);

  if (g_str_equal (action_name, "win.show-personas"))
    ch_project_view_show_page (self->project_view, "personas");
  else
    ch_project_view_show_page (self->project_view, "ideas");
}

static void
new_project_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  ch_start_page_new_project (CH_WINDOW (widget)->start_page);
}

static void
open_file_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  ch_start_page_import_file (CH_WINDOW (widget)->start_page);
}

static void
add_sample_activated (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  ch_start_page_add_sample (CH_WINDOW (widget)->start_page);
}

static gboolean
ch_window_close_request (GtkWindow *window)
{
  ChWindow *self = CH_WINDOW (window);

  save_window_state (self);
  ch_window_close_project (self);

  return GTK_WINDOW_CLASS (ch_window_parent_class)->close_request (window);
}

static void
ch_window_dispose (GObject *object)
{
  ChWindow *self = CH_WINDOW (object);

  g_cancellable_cancel (self->opening);
  g_clear_object (&self->opening);
  if (self->project != NULL)
    release_project (self);

  gtk_widget_dispose_template (GTK_WIDGET (self), CH_TYPE_WINDOW);

  G_OBJECT_CLASS (ch_window_parent_class)->dispose (object);
}

static void
ch_window_finalize (GObject *object)
{
  ChWindow *self = CH_WINDOW (object);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (ch_window_parent_class)->finalize (object);
}

static void
ch_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  ChWindow *self = CH_WINDOW (object);

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
ch_window_class_init (ChWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = ch_window_dispose;
  object_class->finalize = ch_window_finalize;
  object_class->get_property = ch_window_get_property;

  window_class->close_request = ch_window_close_request;

  /**
   * ChWindow:project: (nullable)
   *
   * The project open in this window, %NULL on the start page.
   */
  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL,
                         CH_TYPE_PROJECT,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (CH_TYPE_START_PAGE);
  g_type_ensure (CH_TYPE_PROJECT_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/charrette/Charrette/ch-window.ui");
  gtk_widget_class_bind_template_child (widget_class, ChWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, ChWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, ChWindow, start_page);
  gtk_widget_class_bind_template_child (widget_class, ChWindow, project_view);
  gtk_widget_class_bind_template_callback (widget_class, start_page_open_project_cb);

  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_activated);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, redo_activated);
  gtk_widget_class_install_action (widget_class, "win.close-project", NULL,
                                   close_project_activated);
  gtk_widget_class_install_action (widget_class, "win.new-idea", NULL, new_idea_activated);
  gtk_widget_class_install_action (widget_class, "win.delete", NULL, delete_activated);
  gtk_widget_class_install_action (widget_class, "win.show-ideas", NULL, show_page_activated);
  gtk_widget_class_install_action (widget_class, "win.show-personas", NULL,
                                   show_page_activated);
  gtk_widget_class_install_action (widget_class, "win.new-project", NULL,
                                   new_project_activated);
  gtk_widget_class_install_action (widget_class, "win.open-file", NULL, open_file_activated);
  gtk_widget_class_install_action (widget_class, "win.add-sample", NULL, add_sample_activated);
}

static void
ch_window_init (ChWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

#ifdef DEVELOPMENT_BUILD
  gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
#endif

  self->settings = g_settings_new (BASE_APP_ID);
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  update_actions (self);
  update_title (self);
}

ChWindow *
ch_window_new (ChApplication *application)
{
  ChWindow *self;

  g_return_val_if_fail (CH_IS_APPLICATION (application), NULL);

  self = g_object_new (CH_TYPE_WINDOW,
                       "application", application,
                       NULL);
  ch_start_page_set_library (self->start_page, ch_application_get_library (application));
  gtk_widget_grab_focus (GTK_WIDGET (self->start_page));

  return self;
}

/**
 * ch_window_get_project:
 *
 * Returns: (transfer none) (nullable): the open project
 */
ChProject *
ch_window_get_project (ChWindow *self)
{
  g_return_val_if_fail (CH_IS_WINDOW (self), NULL);

  return self->project;
}

/**
 * ch_window_open_project:
 * @path: a project file
 *
 * Opens @path in this window, in place of its project; if another window
 * of Charrette has it open already, presents that window instead. A
 * problem is shown to the user.
 */
void
ch_window_open_project (ChWindow   *self,
                        const char *path)
{
  g_autofree char *canonical = NULL;
  GtkApplication *application;
  ChWindow *window = NULL;

  g_return_if_fail (CH_IS_WINDOW (self));
  g_return_if_fail (path != NULL);

  canonical = g_canonicalize_filename (path, NULL);
  application = gtk_window_get_application (GTK_WINDOW (self));
  if (CH_IS_APPLICATION (application))
    window = ch_application_find_window (CH_APPLICATION (application), canonical);

  if (window != NULL)
    {
      gtk_window_present (GTK_WINDOW (window));
      return;
    }

  g_cancellable_cancel (self->opening);
  g_clear_object (&self->opening);
  self->opening = g_cancellable_new ();

  ch_project_open_async (canonical, self->opening, project_opened_cb, g_object_ref (self));
}

/**
 * ch_window_close_project:
 *
 * Closes the open project, if any, and goes back to the start page.
 */
void
ch_window_close_project (ChWindow *self)
{
  ChLibrary *library;

  g_return_if_fail (CH_IS_WINDOW (self));

  if (self->project == NULL)
    return;

  release_project (self);

  /* Its counts and time of change have changed. */
  if ((library = get_library (self)) != NULL)
    ch_library_reload (library);

  gtk_stack_set_visible_child_name (self->stack, "start");
  gtk_widget_grab_focus (GTK_WIDGET (self->start_page));

  update_actions (self);
  update_title (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROJECT]);
}

void
ch_window_add_toast (ChWindow *self,
                     AdwToast *toast)
{
  g_return_if_fail (CH_IS_WINDOW (self));
  g_return_if_fail (ADW_IS_TOAST (toast));

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/**
 * ch_window_show_error:
 * @heading: what could not be done, as a title: "Could Not Open Project"
 * @error: why, a sentence from the core
 *
 * Tells the user about a problem in a dialog.
 */
void
ch_window_show_error (ChWindow     *self,
                      const char   *heading,
                      const GError *error)
{
  GtkWidget *dialog;

  g_return_if_fail (CH_IS_WINDOW (self));
  g_return_if_fail (heading != NULL);
  g_return_if_fail (error != NULL);

  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_set_modal (GTK_WINDOW (dialog), TRUE);
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * ch_window_report_error:
 * @widget: a widget inside a #ChWindow
 * @error: why a change could not be written
 *
 * Tells the user that a change they made could not be written to the
 * project file.
 */
void
ch_window_report_error (GtkWidget    *widget,
                        const GError *error)
{
  GtkRoot *root;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (error != NULL);

  root = gtk_widget_get_root (widget);
  if (CH_IS_WINDOW (root))
    ch_window_show_error (CH_WINDOW (root), _("Could Not Save the Change"), error);
  else
    g_message ("Could not save the change: %s", error->message);
}
