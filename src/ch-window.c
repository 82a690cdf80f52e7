/* ch-window.c: a Charrette window: the start page or one open project
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ch-window"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>

#include "ch-application.h"
#include "ch-project-view.h"
#include "ch-projector-window.h"
#include "ch-start-page.h"
#include "ch-transfer-dialog.h"
#include "ch-window.h"
#include "ch-workshop.h"

/* A transfer that ends sooner shows no progress dialog: no flash for a
 * small file. */
#define TRANSFER_DIALOG_DELAY_MS 300

struct _ChWindow
{
  AdwApplicationWindow  parent_instance;

  GSettings            *settings;
  ChProject            *project;
  GCancellable         *opening;
  GtkNativeDialog      *file_chooser;

  /* The room's countdown, and its view on the projector. */
  ChTimer              *timer;
  GtkWidget            *projector;
  GBinding             *projector_session;

  /* While an import or an export runs, the window takes no input, so
   * that nothing else changes the project. */
  GCancellable         *transfer_cancellable;
  GtkWidget            *transfer_dialog;
  guint                 transfer_dialog_source;
  GtkWidget            *focus_before_transfer;
  AdwToast             *transfer_toast;
  gboolean              transfer_uses_project;
  gboolean              close_after_transfer;

  /* The header bar's Undo and Redo buttons, which say what they do. */

  /* Template widgets */
  AdwToastOverlay      *toast_overlay;
  GtkStack             *stack;
  ChStartPage          *start_page;
  ChProjectView        *project_view;
};

/* One import or export on its way, and what it needs when it ends. */
typedef struct
{
  ChWindow     *window;
  GApplication *application;
  ChLibrary    *library;
  ChTransfer   *transfer;
  ChProject    *project;
  GCancellable *cancellable;
  char         *new_path;    /* the project made for an import, removed if it fails */
} TransferRun;

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
  gboolean idle = self->transfer_cancellable == NULL;
  gboolean open = self->project != NULL && idle;
  GtkWidget *widget = GTK_WIDGET (self);

  gtk_widget_action_set_enabled (widget, "win.undo",
                                 open && ch_project_get_can_undo (self->project));
  gtk_widget_action_set_enabled (widget, "win.redo",
                                 open && ch_project_get_can_redo (self->project));
  gtk_widget_action_set_enabled (widget, "win.new-idea", open);
  gtk_widget_action_set_enabled (widget, "win.delete", open);
  gtk_widget_action_set_enabled (widget, "win.show-ideas", open);
  gtk_widget_action_set_enabled (widget, "win.show-personas", open);
  gtk_widget_action_set_enabled (widget, "win.show-participants", open);
  gtk_widget_action_set_enabled (widget, "win.show-sessions", open);
  gtk_widget_action_set_enabled (widget, "win.show-board", open);
  gtk_widget_action_set_enabled (widget, "win.show-matrix", open);
  gtk_widget_action_set_enabled (widget, "win.show-review", open);
  gtk_widget_action_set_enabled (widget, "win.show-loop", open);
  gtk_widget_action_set_enabled (widget, "win.close-project", idle);
  gtk_widget_action_set_enabled (widget, "win.new-project", idle);
  gtk_widget_action_set_enabled (widget, "win.open-file", idle);
  gtk_widget_action_set_enabled (widget, "win.add-sample", idle);
  gtk_widget_action_set_enabled (widget, "win.import", idle);
  gtk_widget_action_set_enabled (widget, "win.export", open);
  gtk_widget_action_set_enabled (widget, "win.export-csv", open);
  gtk_widget_action_set_enabled (widget, "win.export-markdown", open);
  gtk_widget_action_set_enabled (widget, "win.timer-start-pause", open);
  gtk_widget_action_set_enabled (widget, "win.timer-reset", open);
  gtk_widget_action_set_enabled (widget, "win.projector", open || self->projector != NULL);
}

static void
forget_projector (ChWindow *self)
{
  g_clear_pointer (&self->projector_session, g_binding_unbind);
  if (self->projector != NULL)
    g_signal_handlers_disconnect_by_data (self->projector, self);
  g_clear_weak_pointer (&self->projector);
}

static void
projector_destroyed_cb (ChWindow  *self,
                        GtkWidget *projector)
{
  forget_projector (self);
  update_actions (self);
}

static void
close_projector (ChWindow *self)
{
  GtkWidget *projector = self->projector;

  if (projector == NULL)
    return;

  forget_projector (self);
  gtk_window_destroy (GTK_WINDOW (projector));
  update_actions (self);
}

/* Fullscreen on another monitor when there is one, leaving the keyboard
 * to this window for the capture; on a single screen, over it. */
static void
show_projector (ChWindow *self)
{
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));
  GdkDisplay *display = gtk_widget_get_display (GTK_WIDGET (self));
  GListModel *monitors = gdk_display_get_monitors (display);
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (self));
  GdkMonitor *own = NULL;
  g_autoptr(GdkMonitor) other = NULL;
  ChIdeasPage *ideas_page;

  if (self->project == NULL || application == NULL)
    return;

  g_set_weak_pointer (&self->projector,
                      ch_projector_window_new (application, self->project, self->timer));
  g_signal_connect_object (self->projector, "destroy",
                           G_CALLBACK (projector_destroyed_cb), self, G_CONNECT_SWAPPED);
  ideas_page = ch_project_view_get_ideas_page (self->project_view);
  self->projector_session = g_object_bind_property (ideas_page, "current-session",
                                                    self->projector, "session",
                                                    G_BINDING_SYNC_CREATE);

  if (surface != NULL)
    own = gdk_display_get_monitor_at_surface (display, surface);
  for (guint i = 0; other == NULL && i < g_list_model_get_n_items (monitors); i++)
    {
      g_autoptr(GdkMonitor) monitor = g_list_model_get_item (monitors, i);

      if (monitor != own)
        other = g_steal_pointer (&monitor);
    }

  if (other != NULL)
    gtk_window_fullscreen_on_monitor (GTK_WINDOW (self->projector), other);
  else
    gtk_window_fullscreen (GTK_WINDOW (self->projector));
  gtk_window_present (GTK_WINDOW (self->projector));
  if (other != NULL)
    gtk_window_present (GTK_WINDOW (self));

  update_actions (self);
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
  close_projector (self);
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

static char *
dup_display_name (GFile *file)
{
  g_autofree char *path = g_file_get_path (file);

  return path != NULL ? g_filename_display_basename (path) : g_file_get_uri (file);
}

/* "Morning session.charrette.xml" makes a project "Morning session",
 * until the import gives it the workshop's own title. */
static char *
dup_title_for_file (GFile *file)
{
  char *name = dup_display_name (file);

  if (g_str_has_suffix (name, ".charrette.xml"))
    name[strlen (name) - strlen (".charrette.xml")] = '\0';
  else if (g_str_has_suffix (name, ".xml"))
    name[strlen (name) - strlen (".xml")] = '\0';

  if (*g_strstrip (name) == '\0')
    {
      g_free (name);
      name = g_strdup (_("Imported Workshop"));
    }

  return name;
}

/* The project's title as a file name, with @extension. */
static char *
dup_export_name (ChWindow   *self,
                 const char *extension)
{
  g_autofree char *title = g_strstrip (g_strdup (ch_project_get_title (self->project)));

  g_strdelimit (title, "/\\", '-');
  if (*title == '\0')
    {
      g_free (title);
      title = g_strdup (_("Workshop"));
    }

  return g_strconcat (title, extension, NULL);
}

/* AdwToast titles are markup in libadwaita 1.2. */
static AdwToast *
create_toast (const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  return adw_toast_new (escaped);
}

/* What the last transfer did makes way for what this one did. */
static void
add_transfer_toast (ChWindow *self,
                    AdwToast *toast)
{
  if (self->transfer_toast != NULL)
    adw_toast_dismiss (self->transfer_toast);
  g_set_weak_pointer (&self->transfer_toast, toast);
  ch_window_add_toast (self, toast);
}

static void
transfer_run_free (TransferRun *run)
{
  g_clear_object (&run->window);
  g_clear_object (&run->application);
  g_clear_object (&run->library);
  g_clear_object (&run->transfer);
  g_clear_object (&run->project);
  g_clear_object (&run->cancellable);
  g_clear_pointer (&run->new_path, g_free);
  g_free (run);
}

/* Nothing in the window takes a click or a key until the transfer ends;
 * the window still redraws, the work runs in a thread. */
static void
block_input (ChWindow *self)
{
  g_set_weak_pointer (&self->focus_before_transfer, gtk_root_get_focus (GTK_ROOT (self)));
  gtk_window_set_focus (GTK_WINDOW (self), NULL);
  gtk_widget_set_can_focus (GTK_WIDGET (self->stack), FALSE);
  gtk_widget_set_can_target (GTK_WIDGET (self->stack), FALSE);
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self->toast_overlay), "progress");
  update_actions (self);
}

static void
unblock_input (ChWindow *self)
{
  g_clear_handle_id (&self->transfer_dialog_source, g_source_remove);
  if (self->transfer_dialog != NULL)
    {
      GtkWindow *dialog = GTK_WINDOW (self->transfer_dialog);

      g_clear_weak_pointer (&self->transfer_dialog);
      gtk_window_destroy (dialog);
    }

  g_clear_object (&self->transfer_cancellable);
  gtk_widget_set_can_focus (GTK_WIDGET (self->stack), TRUE);
  gtk_widget_set_can_target (GTK_WIDGET (self->stack), TRUE);
  gtk_widget_set_cursor (GTK_WIDGET (self->toast_overlay), NULL);
  update_actions (self);

  if (self->focus_before_transfer != NULL
      && gtk_widget_get_root (self->focus_before_transfer) == GTK_ROOT (self))
    gtk_widget_grab_focus (self->focus_before_transfer);
  g_clear_weak_pointer (&self->focus_before_transfer);
}

/* A project made for an import that failed goes again, so that a bad
 * file leaves nothing behind. */
static void
discard_new_project (TransferRun *run)
{
  g_autoptr(ChProjectFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *wal = NULL;

  ch_project_close (run->project);

  if (run->library != NULL)
    {
      GListModel *projects = G_LIST_MODEL (run->library);

      ch_library_reload (run->library);
      for (guint i = 0; file == NULL && i < g_list_model_get_n_items (projects); i++)
        {
          g_autoptr(ChProjectFile) item = g_list_model_get_item (projects, i);

          if (g_strcmp0 (ch_project_file_get_path (item), run->new_path) == 0)
            file = g_steal_pointer (&item);
        }
    }

  if (file != NULL && ch_library_delete_project (run->library, file, &error))
    return;

  if (error != NULL)
    g_debug ("Removing %s: %s", run->new_path, error->message);

  if (g_unlink (run->new_path) != 0 && errno != ENOENT)
    g_warning ("Could not remove %s: %s", run->new_path, g_strerror (errno));
  wal = g_strconcat (run->new_path, "-wal", NULL);
  g_unlink (wal);

  if (run->library != NULL)
    ch_library_reload (run->library);
}

static void
show_transfer_result (ChWindow    *self,
                      TransferRun *run)
{
  GType types[] = {
    CH_TYPE_SESSION, CH_TYPE_PERSONA, CH_TYPE_PARTICIPANT, CH_TYPE_CLUSTER, CH_TYPE_IDEA,
  };
  g_autofree char *text = NULL;
  g_autofree char *name = NULL;
  AdwToast *toast;
  guint changed = 0;

  switch (ch_transfer_get_kind (run->transfer))
    {
    case CH_TRANSFER_IMPORT_NEW:
      /* In this window, in place of its project if it had one. */
      ch_window_close_project (self);
      set_project (self, run->project);
      if (run->library != NULL)
        ch_library_reload (run->library);
      text = ch_transfer_describe (run->transfer);
      add_transfer_toast (self, create_toast (text));
      break;

    case CH_TRANSFER_IMPORT_MERGE:
      text = ch_transfer_describe (run->transfer);
      toast = create_toast (text);
      for (guint i = 0; i < G_N_ELEMENTS (types); i++)
        changed += ch_transfer_get_n_added (run->transfer, types[i])
                   + ch_transfer_get_n_updated (run->transfer, types[i]);
      /* The merge is one step on the undo stack. */
      if (changed > 0)
        {
          adw_toast_set_button_label (toast, _("_Undo"));
          adw_toast_set_action_name (toast, "win.undo");
        }
      add_transfer_toast (self, toast);
      break;

    case CH_TRANSFER_EXPORT_XML:
    case CH_TRANSFER_EXPORT_CSV:
    case CH_TRANSFER_EXPORT_MARKDOWN:
    default:
      name = dup_display_name (ch_transfer_get_file (run->transfer));
      /* Translators: a toast, %s is a file name */
      text = g_strdup_printf (_("Exported to “%s”"), name);
      add_transfer_toast (self, create_toast (text));
      break;
    }
}

static void
show_transfer_error (ChWindow     *self,
                     TransferRun  *run,
                     const GError *error)
{
  switch (ch_transfer_get_kind (run->transfer))
    {
    case CH_TRANSFER_IMPORT_NEW:
    case CH_TRANSFER_IMPORT_MERGE:
      ch_window_show_error (self, _("Could Not Import Workshop"), error);
      break;

    case CH_TRANSFER_EXPORT_XML:
      ch_window_show_error (self, _("Could Not Export Workshop"), error);
      break;

    case CH_TRANSFER_EXPORT_CSV:
      ch_window_show_error (self, _("Could Not Export Ideas"), error);
      break;

    case CH_TRANSFER_EXPORT_MARKDOWN:
    default:
      ch_window_show_error (self, _("Could Not Export Report"), error);
      break;
    }
}

static gboolean
transfer_dialog_due_cb (gpointer user_data)
{
  TransferRun *run = user_data;
  ChWindow *self = run->window;
  GtkWidget *dialog;

  self->transfer_dialog_source = 0;

  dialog = ch_transfer_dialog_new (GTK_WINDOW (self), run->transfer, run->cancellable);
  g_set_weak_pointer (&self->transfer_dialog, dialog);
  gtk_window_present (GTK_WINDOW (dialog));

  return G_SOURCE_REMOVE;
}

static void
transfer_done_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  TransferRun *run = user_data;
  ChWindow *self = run->window;
  g_autoptr(GError) error = NULL;
  ChTransferKind kind;
  gboolean cancelled;
  gboolean ok;

  ok = ch_transfer_run_finish (run->transfer, result, &error);
  kind = ch_transfer_get_kind (run->transfer);
  cancelled = !ok && (g_cancellable_is_cancelled (run->cancellable)
                      || g_error_matches (error, CH_WORKSHOP_ERROR, CH_WORKSHOP_ERROR_CANCELLED)
                      || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED));

  if (!ok && run->new_path != NULL)
    discard_new_project (run);

  if (self->transfer_cancellable != run->cancellable)
    {
      /* The window was disposed meanwhile and left the project to be
       * closed here, once the worker was done with it. */
      if (ok || run->new_path == NULL)
        ch_project_close (run->project);
    }
  else
    {
      unblock_input (self);

      if (self->close_after_transfer)
        {
          if (ok && run->new_path != NULL)
            ch_project_close (run->project);
          gtk_window_close (GTK_WINDOW (self));
        }
      else if (ok)
        show_transfer_result (self, run);
      else if (cancelled && (kind == CH_TRANSFER_IMPORT_NEW || kind == CH_TRANSFER_IMPORT_MERGE))
        add_transfer_toast (self, create_toast (_("Import cancelled")));
      else if (cancelled)
        add_transfer_toast (self, create_toast (_("Export cancelled")));
      else
        show_transfer_error (self, run, error);
    }

  g_application_release (run->application);
  transfer_run_free (run);
}

/* Runs @kind between @project and @file; @new_path is the project file
 * made for an import as a new project. */
static void
start_transfer (ChWindow       *self,
                ChProject      *project,
                GFile          *file,
                ChTransferKind  kind,
                const char     *new_path)
{
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));
  ChLibrary *library = get_library (self);
  TransferRun *run;

  g_assert (self->transfer_cancellable == NULL);
  g_assert (application != NULL);

  run = g_new0 (TransferRun, 1);
  run->window = g_object_ref (self);
  run->application = G_APPLICATION (g_object_ref (application));
  run->library = library != NULL ? g_object_ref (library) : NULL;
  run->transfer = ch_transfer_new (project, file, kind);
  run->project = g_object_ref (project);
  run->cancellable = g_cancellable_new ();
  run->new_path = g_strdup (new_path);

  /* Quitting waits for the transfer to end. */
  g_application_hold (run->application);

  self->transfer_cancellable = g_object_ref (run->cancellable);
  self->transfer_uses_project = project == self->project;
  self->close_after_transfer = FALSE;
  block_input (self);
  self->transfer_dialog_source = g_timeout_add (TRANSFER_DIALOG_DELAY_MS,
                                                transfer_dialog_due_cb, run);

  ch_transfer_run_async (run->transfer, run->cancellable, transfer_done_cb, run);
}

/* Makes a project in the library for @file and imports into it. */
static void
import_as_new_project (ChWindow *self,
                       GFile    *file)
{
  g_autoptr(ChProject) project = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = dup_title_for_file (file);
  g_autofree char *path = NULL;
  ChLibrary *library = get_library (self);

  if (library == NULL)
    return;

  path = ch_library_create_project (library, title, &error);
  if (path != NULL && (project = ch_project_open (path, &error)) == NULL)
    {
      g_unlink (path);
      ch_library_reload (library);
    }

  if (project == NULL)
    {
      ch_window_show_error (self, _("Could Not Import Workshop"), error);
      return;
    }

  start_transfer (self, project, file, CH_TRANSFER_IMPORT_NEW, path);
}

static void
add_filter (GtkFileChooser *chooser,
            const char     *name,
            const char     *mime_type,
            const char     *suffix)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  gtk_file_filter_add_mime_type (filter, mime_type);
  gtk_file_filter_add_suffix (filter, suffix);
  gtk_file_chooser_add_filter (chooser, filter);
}

static void
file_chooser_response_cb (GtkNativeDialog *chooser,
                          int              response,
                          ChWindow        *self)
{
  ChTransferKind kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (chooser),
                                                            "ch-transfer-kind"));
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

  g_clear_object (&self->file_chooser);

  if (file == NULL)
    return;

  if (kind == CH_TRANSFER_IMPORT_NEW)
    ch_window_import (self, file);
  else
    ch_window_export_file (self, file, kind);
}

/* Asks for the file of @kind; for %CH_TRANSFER_IMPORT_NEW, a file to
 * import, as new or merged as ch_window_import() decides. */
static void
choose_file (ChWindow       *self,
             ChTransferKind  kind)
{
  GtkFileChooserNative *chooser;
  g_autofree char *name = NULL;

  if (self->file_chooser != NULL)
    gtk_native_dialog_destroy (self->file_chooser);
  g_clear_object (&self->file_chooser);

  switch (kind)
    {
    case CH_TRANSFER_IMPORT_NEW:
    case CH_TRANSFER_IMPORT_MERGE:
      kind = CH_TRANSFER_IMPORT_NEW;
      chooser = gtk_file_chooser_native_new (_("Import a Workshop File"), GTK_WINDOW (self),
                                             GTK_FILE_CHOOSER_ACTION_OPEN,
                                             _("_Import"), _("_Cancel"));
      add_filter (GTK_FILE_CHOOSER (chooser), _("Workshop Files"),
                  "application/x-charrette-workshop+xml", "charrette.xml");
      add_filter (GTK_FILE_CHOOSER (chooser), _("XML Files"), "application/xml", "xml");
      break;

    case CH_TRANSFER_EXPORT_XML:
      chooser = gtk_file_chooser_native_new (_("Export the Workshop"), GTK_WINDOW (self),
                                             GTK_FILE_CHOOSER_ACTION_SAVE,
                                             _("_Export"), _("_Cancel"));
      add_filter (GTK_FILE_CHOOSER (chooser), _("Workshop Files"),
                  "application/x-charrette-workshop+xml", "charrette.xml");
      name = dup_export_name (self, ".charrette.xml");
      break;

    case CH_TRANSFER_EXPORT_CSV:
      chooser = gtk_file_chooser_native_new (_("Export Ideas as CSV"), GTK_WINDOW (self),
                                             GTK_FILE_CHOOSER_ACTION_SAVE,
                                             _("_Export"), _("_Cancel"));
      add_filter (GTK_FILE_CHOOSER (chooser), _("CSV Files"), "text/csv", "csv");
      name = dup_export_name (self, ".csv");
      break;

    case CH_TRANSFER_EXPORT_MARKDOWN:
    default:
      chooser = gtk_file_chooser_native_new (_("Export Report as Markdown"), GTK_WINDOW (self),
                                             GTK_FILE_CHOOSER_ACTION_SAVE,
                                             _("_Export"), _("_Cancel"));
      add_filter (GTK_FILE_CHOOSER (chooser), _("Markdown Files"), "text/markdown", "md");
      name = dup_export_name (self, ".md");
      break;
    }

  if (name != NULL)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_object_set_data (G_OBJECT (chooser), "ch-transfer-kind", GINT_TO_POINTER (kind));

  self->file_chooser = GTK_NATIVE_DIALOG (chooser);
  g_signal_connect_object (chooser, "response", G_CALLBACK (file_chooser_response_cb), self, 0);
  gtk_native_dialog_show (self->file_chooser);
}

static void
import_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    ChWindow         *self)
{
  GFile *file = g_object_get_data (G_OBJECT (dialog), "ch-file");

  if (g_str_equal (response, "merge"))
    ch_window_import_file (self, file, TRUE);
  else if (g_str_equal (response, "new"))
    ch_window_import_file (self, file, FALSE);
}

/* While a transfer runs, no key reaches the project: not even a
 * mnemonic, before the progress dialog takes the keyboard. */
static gboolean
key_pressed_cb (ChWindow              *self,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                GtkEventControllerKey *controller)
{
  return self->transfer_cancellable != NULL;
}

static void
timer_start_pause_activated (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  ChWindow *self = CH_WINDOW (widget);

  if (ch_timer_get_running (self->timer))
    ch_timer_pause (self->timer);
  else
    ch_timer_start (self->timer);
}

static void
timer_reset_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  ch_timer_reset (CH_WINDOW (widget)->timer);
}

static void
projector_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  ChWindow *self = CH_WINDOW (widget);

  if (self->projector != NULL)
    close_projector (self);
  else
    show_projector (self);
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

  /* win.show-ideas shows the page named "ideas", and so on. */
  g_assert (g_str_has_prefix (action_name, "win.show-"));
  ch_project_view_show_page (self->project_view, action_name + strlen ("win.show-"));
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

static void
import_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  choose_file (CH_WINDOW (widget), CH_TRANSFER_IMPORT_NEW);
}

static void
export_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  ChTransferKind kind = CH_TRANSFER_EXPORT_XML;

  if (g_str_equal (action_name, "win.export-csv"))
    kind = CH_TRANSFER_EXPORT_CSV;
  else if (g_str_equal (action_name, "win.export-markdown"))
    kind = CH_TRANSFER_EXPORT_MARKDOWN;

  choose_file (CH_WINDOW (widget), kind);
}

static gboolean
ch_window_close_request (GtkWindow *window)
{
  ChWindow *self = CH_WINDOW (window);

  /* An import or export ends first (cancelled), leaving the project and
   * the files whole; the window closes then. */
  if (self->transfer_cancellable != NULL)
    {
      self->close_after_transfer = TRUE;
      g_cancellable_cancel (self->transfer_cancellable);
      return TRUE;
    }

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

  close_projector (self);

  if (self->file_chooser != NULL)
    gtk_native_dialog_destroy (self->file_chooser);
  g_clear_object (&self->file_chooser);

  /* A transfer still running closes its project when the worker is done
   * with it (transfer_done_cb()); until then the project stays open. */
  if (self->transfer_cancellable != NULL)
    {
      g_cancellable_cancel (self->transfer_cancellable);
      g_clear_object (&self->transfer_cancellable);
      g_clear_handle_id (&self->transfer_dialog_source, g_source_remove);
      if (self->transfer_dialog != NULL)
        gtk_window_destroy (GTK_WINDOW (self->transfer_dialog));
      g_clear_weak_pointer (&self->transfer_dialog);
      if (self->transfer_uses_project && self->project != NULL)
        {
          g_autoptr(ChProject) project = g_steal_pointer (&self->project);

          g_signal_handlers_disconnect_by_data (project, self);
          ch_project_view_set_project (self->project_view, NULL);
        }
    }
  g_clear_weak_pointer (&self->focus_before_transfer);
  g_clear_weak_pointer (&self->transfer_toast);

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
  g_clear_object (&self->timer);

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
  gtk_widget_class_install_action (widget_class, "win.show-participants", NULL,
                                   show_page_activated);
  gtk_widget_class_install_action (widget_class, "win.show-sessions", NULL, show_page_activated);
  gtk_widget_class_install_action (widget_class, "win.show-board", NULL, show_page_activated);
  gtk_widget_class_install_action (widget_class, "win.show-matrix", NULL, show_page_activated);
  gtk_widget_class_install_action (widget_class, "win.show-review", NULL, show_page_activated);
  gtk_widget_class_install_action (widget_class, "win.show-loop", NULL, show_page_activated);
  gtk_widget_class_install_action (widget_class, "win.new-project", NULL,
                                   new_project_activated);
  gtk_widget_class_install_action (widget_class, "win.open-file", NULL, open_file_activated);
  gtk_widget_class_install_action (widget_class, "win.add-sample", NULL, add_sample_activated);
  gtk_widget_class_install_action (widget_class, "win.import", NULL, import_activated);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_activated);
  gtk_widget_class_install_action (widget_class, "win.export-csv", NULL, export_activated);
  gtk_widget_class_install_action (widget_class, "win.export-markdown", NULL, export_activated);
  gtk_widget_class_install_action (widget_class, "win.timer-start-pause", NULL,
                                   timer_start_pause_activated);
  gtk_widget_class_install_action (widget_class, "win.timer-reset", NULL, timer_reset_activated);
  gtk_widget_class_install_action (widget_class, "win.projector", NULL, projector_activated);
}

static void
ch_window_init (ChWindow *self)
{
  GtkEventController *controller;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->timer = ch_timer_new ();
  ch_project_view_set_timer (self->project_view, self->timer);

  controller = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect_object (controller, "key-pressed", G_CALLBACK (key_pressed_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

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

  /* Nothing replaces the project while a transfer runs. */
  if (self->transfer_cancellable != NULL)
    return;

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
 * Closes the open project, if any, and goes back to the start page;
 * does nothing while an import or an export runs.
 */
void
ch_window_close_project (ChWindow *self)
{
  ChLibrary *library;

  g_return_if_fail (CH_IS_WINDOW (self));

  if (self->project == NULL || self->transfer_cancellable != NULL)
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

/**
 * ch_window_get_busy:
 *
 * Returns: whether an import or an export runs in this window, which
 *   then takes no input
 */
gboolean
ch_window_get_busy (ChWindow *self)
{
  g_return_val_if_fail (CH_IS_WINDOW (self), FALSE);

  return self->transfer_cancellable != NULL;
}

/**
 * ch_window_import:
 * @file: a workshop file
 *
 * Imports @file as the file chooser's Import does: on the start page as a
 * new project; with a project open, after asking whether to merge it
 * into that project or to make a new one.
 */
void
ch_window_import (ChWindow *self,
                  GFile    *file)
{
  g_autofree char *name = NULL;
  g_autofree char *heading = NULL;
  AdwMessageDialog *dialog;

  g_return_if_fail (CH_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->project == NULL)
    {
      ch_window_import_file (self, file, FALSE);
      return;
    }

  name = dup_display_name (file);
  /* Translators: %s is a file name */
  heading = g_strdup_printf (_("Import “%s”?"), name);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), heading,
                                                       _("Merging adds what is new and updates "
                                                         "what the file has in a newer version; "
                                                         "nothing in this project is removed.")));
  gtk_window_set_modal (GTK_WINDOW (dialog), TRUE);
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "new", _("_New Project"),
                                    "merge", _("_Merge Into This Project"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "merge", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "merge");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "ch-file", g_object_ref (file), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (import_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * ch_window_import_file:
 * @file: a workshop file
 * @merge: whether to merge it into the open project; otherwise it becomes
 *   a new project of the library, shown in this window in place of the
 *   open one once the import succeeded
 *
 * Imports @file in a worker thread. The window takes no input meanwhile
 * and shows the progress when it takes a while; a toast tells what was
 * imported, a dialog what went wrong. A failed import leaves the project,
 * and the library, as they were.
 */
void
ch_window_import_file (ChWindow *self,
                       GFile    *file,
                       gboolean  merge)
{
  g_return_if_fail (CH_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (!merge || self->project != NULL);

  if (self->transfer_cancellable != NULL)
    return;

  if (merge)
    start_transfer (self, self->project, file, CH_TRANSFER_IMPORT_MERGE, NULL);
  else
    import_as_new_project (self, file);
}

/**
 * ch_window_export_file:
 * @file: where to write
 * @kind: %CH_TRANSFER_EXPORT_XML, %CH_TRANSFER_EXPORT_CSV or
 *   %CH_TRANSFER_EXPORT_MARKDOWN
 *
 * Exports the open project to @file in a worker thread, as
 * ch_window_import_file() imports.
 */
void
ch_window_export_file (ChWindow       *self,
                       GFile          *file,
                       ChTransferKind  kind)
{
  g_return_if_fail (CH_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (kind == CH_TRANSFER_EXPORT_XML
                    || kind == CH_TRANSFER_EXPORT_CSV
                    || kind == CH_TRANSFER_EXPORT_MARKDOWN);
  g_return_if_fail (self->project != NULL);

  if (self->transfer_cancellable != NULL)
    return;

  start_transfer (self, self->project, file, kind, NULL);
}
