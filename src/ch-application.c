/* ch-application.c: the Charrette application
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ch-application"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "ch-application.h"
#include "ch-project.h"
#include "ch-sample.h"
#include "ch-window.h"

struct _ChApplication
{
  AdwApplication  parent_instance;

  ChLibrary      *library;
};

G_DEFINE_FINAL_TYPE (ChApplication, ch_application, ADW_TYPE_APPLICATION)

static ChWindow *
get_start_window (ChApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (CH_IS_WINDOW (window))
    return CH_WINDOW (window);

  return ch_window_new (self);
}

/* The first time Charrette runs, its library does not exist yet: a new
 * user finds the sample workshop there to look around. */
static void
load_library (ChApplication *self)
{
  const char *directory = ch_library_get_default_directory ();
  gboolean first_run = !g_file_test (directory, G_FILE_TEST_IS_DIR);

  if (first_run && g_mkdir_with_parents (directory, 0700) != 0)
    g_warning ("Could not create the project folder %s: %s", directory, g_strerror (errno));

  self->library = ch_library_new (directory);

  if (first_run)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *path = ch_application_add_sample (self, &error);

      if (path == NULL)
        g_warning ("Could not add the sample workshop: %s", error->message);
    }
}

static void
quit_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  ChApplication *self = user_data;
  g_autoptr(GList) windows = NULL;

  /* Closing each window closes its project (and saves the window's size);
   * the application ends with its last window. */
  windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);
}

static void
about_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  ChApplication *self = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  adw_show_about_window (window,
                         "application-name", _("Charrette"),
                         "application-icon", APP_ID,
                         "version", PACKAGE_VERSION,
                         "developer-name", _("The Charrette authors"),
                         "copyright", _("© 2026 The Charrette authors"),
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "website", "https://github.com/charrette/charrette",
                         "issue-url", "https://github.com/charrette/charrette/issues",
                         /* Translators: your names, one per line */
                         "translator-credits", _("translator-credits"),
                         NULL);
}

static void
new_window_activated (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  ChApplication *self = user_data;

  gtk_window_present (GTK_WINDOW (ch_window_new (self)));
}

static const GActionEntry app_entries[] = {
  { "quit", quit_activated },
  { "about", about_activated },
  { "new-window", new_window_activated },
};

static int
ch_application_handle_local_options (GApplication *application,
                                     GVariantDict *options)
{
  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", "charrette", PACKAGE_VERSION);
      return 0;
    }

  return G_APPLICATION_CLASS (ch_application_parent_class)->handle_local_options (application,
                                                                                 options);
}

static void
ch_application_startup (GApplication *application)
{
  static const struct {
    const char *action;
    const char *accels[3];
  } accels[] = {
    { "app.quit", { "<Control>q", NULL } },
    { "app.new-window", { "<Control>n", NULL } },
    { "win.undo", { "<Control>z", NULL } },
    { "win.redo", { "<Control><Shift>z", NULL } },
    { "win.close-project", { "<Control>w", NULL } },
    { "win.new-idea", { "<Control>l", "<Control><Shift>n", NULL } },
    { "win.show-ideas", { "<Control>1", NULL } },
    { "win.show-personas", { "<Control>2", NULL } },
    { "win.show-participants", { "<Control>3", NULL } },
    { "win.show-sessions", { "<Control>4", NULL } },
    { "win.show-board", { "<Control>5", NULL } },
    { "win.show-matrix", { "<Control>6", NULL } },
    { "win.show-review", { "<Control>7", NULL } },
    { "win.show-loop", { "<Control>8", NULL } },
    { "win.open-file", { "<Control>o", NULL } },
    { "win.import", { "<Control>i", NULL } },
    { "win.export", { "<Control>e", NULL } },
    { "win.export-csv", { "<Control><Shift>e", NULL } },
    { "win.export-markdown", { "<Control><Shift>r", NULL } },
    { "win.timer-start-pause", { "<Control>t", NULL } },
    { "win.timer-reset", { "<Control><Shift>t", NULL } },
    { "win.projector", { "F5", NULL } },
  };
  ChApplication *self = CH_APPLICATION (application);

  /* AdwApplication loads style.css from the resource base path. */
  G_APPLICATION_CLASS (ch_application_parent_class)->startup (application);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_entries,
                                   G_N_ELEMENTS (app_entries), self);
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self),
                                           accels[i].action, accels[i].accels);

  load_library (self);
}

static void
ch_application_activate (GApplication *application)
{
  ChApplication *self = CH_APPLICATION (application);

  gtk_window_present (GTK_WINDOW (get_start_window (self)));
}

/* A project named on the command line is opened where it is. */
static void
ch_application_open (GApplication  *application,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  ChApplication *self = CH_APPLICATION (application);

  for (int i = 0; i < n_files; i++)
    {
      g_autofree char *path = g_file_get_path (files[i]);
      ChWindow *window;

      if (path != NULL && (window = ch_application_find_window (self, path)) != NULL)
        {
          gtk_window_present (GTK_WINDOW (window));
          continue;
        }

      window = ch_window_new (self);
      gtk_window_present (GTK_WINDOW (window));

      if (path != NULL)
        {
          ch_window_open_project (window, path);
        }
      else
        {
          g_autofree char *uri = g_file_get_uri (files[i]);
          g_autoptr(GError) error = NULL;

          g_set_error (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                       _("“%s” is not on this computer. Copy it into a folder here first."),
                       uri);
          ch_window_show_error (window, _("Could Not Open Project"), error);
        }
    }
}

static void
ch_application_dispose (GObject *object)
{
  ChApplication *self = CH_APPLICATION (object);

  g_clear_object (&self->library);

  G_OBJECT_CLASS (ch_application_parent_class)->dispose (object);
}

static void
ch_application_class_init (ChApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = ch_application_dispose;

  app_class->handle_local_options = ch_application_handle_local_options;
  app_class->startup = ch_application_startup;
  app_class->activate = ch_application_activate;
  app_class->open = ch_application_open;
}

static void
ch_application_init (ChApplication *self)
{
  g_application_add_main_option (G_APPLICATION (self), "version", 0,
                                 G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE,
                                 _("Show the version and quit"), NULL);
  g_application_set_option_context_parameter_string (G_APPLICATION (self),
                                                     _("[PROJECT.charrette…]"));
}

ChApplication *
ch_application_new (void)
{
  return g_object_new (CH_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "resource-base-path", "/io/github/charrette/Charrette",
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       NULL);
}

/**
 * ch_application_get_library:
 *
 * Returns: (transfer none): the projects of this user, shared by every window
 */
ChLibrary *
ch_application_get_library (ChApplication *self)
{
  g_return_val_if_fail (CH_IS_APPLICATION (self), NULL);

  return self->library;
}

/**
 * ch_application_find_window:
 * @path: a project file
 *
 * Returns: (transfer none) (nullable): the window that has @path open
 */
ChWindow *
ch_application_find_window (ChApplication *self,
                            const char    *path)
{
  g_autofree char *canonical = NULL;

  g_return_val_if_fail (CH_IS_APPLICATION (self), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  canonical = g_canonicalize_filename (path, NULL);

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    {
      ChProject *project;

      if (!CH_IS_WINDOW (l->data))
        continue;

      project = ch_window_get_project (l->data);
      if (project != NULL && g_strcmp0 (ch_project_get_path (project), canonical) == 0)
        return l->data;
    }

  return NULL;
}

/**
 * ch_application_add_sample:
 *
 * Adds the sample workshop to the library.
 *
 * Returns: (transfer full): the path of the new project, or %NULL
 */
char *
ch_application_add_sample (ChApplication  *self,
                           GError        **error)
{
  g_autoptr(ChProject) project = NULL;
  g_autofree char *path = NULL;
  gboolean filled;

  g_return_val_if_fail (CH_IS_APPLICATION (self), NULL);

  path = ch_library_create_project (self->library, _("Checkout redesign co-design"), error);
  if (path == NULL)
    return NULL;

  project = ch_project_open (path, error);
  if (project == NULL)
    return NULL;

  filled = ch_sample_fill (project, error);
  ch_project_close (project);

  if (!filled)
    g_unlink (path);

  ch_library_reload (self->library);

  return filled ? g_steal_pointer (&path) : NULL;
}
