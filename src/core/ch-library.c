/* ch-library.c
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ch-library"

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "ch-library.h"
#include "ch-project.h"
#include "ch-store.h"

struct _ChProjectFile
{
  GObject  parent_instance;

  char    *path;
  char    *title;
  char    *problem;
  gint64   modified;
  guint    n_ideas;
  guint    n_personas;
};

struct _ChLibrary
{
  GObject    parent_instance;

  char      *directory;
  GPtrArray *files;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE (ChProjectFile, ch_project_file, G_TYPE_OBJECT)
G_DEFINE_FINAL_TYPE_WITH_CODE (ChLibrary, ch_library, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  FILE_PROP_0,
  FILE_PROP_PATH,
  FILE_PROP_TITLE,
  FILE_PROP_MODIFIED,
  FILE_PROP_N_IDEAS,
  FILE_PROP_N_PERSONAS,
  FILE_PROP_PROBLEM,
  N_FILE_PROPS
};

static GParamSpec *file_properties[N_FILE_PROPS];

#define PROJECT_SUFFIX ".charrette"

/* Reads what the start screen shows; from the open project when this
 * process has it open (its file is locked then). */
static ChProjectFile *
project_file_new (const char *path)
{
  ChProjectFile *self = g_object_new (CH_TYPE_PROJECT_FILE, NULL);
  ChProject *project = ch_project_lookup_open (path);
  g_autoptr(GError) error = NULL;

  self->path = g_strdup (path);

  if (project != NULL)
    {
      self->title = g_strdup (ch_project_get_title (project));
      self->modified = ch_project_get_modified (project);
      self->n_ideas = g_list_model_get_n_items (ch_project_get_ideas (project));
      self->n_personas = g_list_model_get_n_items (ch_project_get_personas (project));
    }
  else if (!ch_store_read_summary (path, &self->title, &self->modified,
                                   &self->n_ideas, &self->n_personas, &error))
    {
      g_autoptr(GFileInfo) info = NULL;
      g_autoptr(GFile) file = g_file_new_for_path (path);

      self->problem = g_strdup (error->message);
      self->title = g_filename_display_basename (path);
      if ((info = g_file_query_info (file, G_FILE_ATTRIBUTE_TIME_MODIFIED,
                                     G_FILE_QUERY_INFO_NONE, NULL, NULL)))
        self->modified = g_file_info_get_attribute_uint64 (info, G_FILE_ATTRIBUTE_TIME_MODIFIED);
    }

  return self;
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  ChProjectFile *fa = *(ChProjectFile **)a;
  ChProjectFile *fb = *(ChProjectFile **)b;

  if (fa->modified != fb->modified)
    return fa->modified < fb->modified ? 1 : -1;

  return g_utf8_collate (fa->title, fb->title);
}

static void
ch_project_file_finalize (GObject *object)
{
  ChProjectFile *self = (ChProjectFile *)object;

  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->problem, g_free);

  G_OBJECT_CLASS (ch_project_file_parent_class)->finalize (object);
}

static void
ch_project_file_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  ChProjectFile *self = CH_PROJECT_FILE (object);

  switch (prop_id)
    {
    case FILE_PROP_PATH:
      g_value_set_string (value, self->path);
      break;

    case FILE_PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case FILE_PROP_MODIFIED:
      g_value_set_int64 (value, self->modified);
      break;

    case FILE_PROP_N_IDEAS:
      g_value_set_uint (value, self->n_ideas);
      break;

    case FILE_PROP_N_PERSONAS:
      g_value_set_uint (value, self->n_personas);
      break;

    case FILE_PROP_PROBLEM:
      g_value_set_string (value, self->problem);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ch_project_file_class_init (ChProjectFileClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = ch_project_file_finalize;
  object_class->get_property = ch_project_file_get_property;

  file_properties[FILE_PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL, NULL, flags);
  file_properties[FILE_PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL, flags);
  file_properties[FILE_PROP_MODIFIED] =
    g_param_spec_int64 ("modified", NULL, NULL, 0, G_MAXINT64, 0, flags);
  file_properties[FILE_PROP_N_IDEAS] =
    g_param_spec_uint ("n-ideas", NULL, NULL, 0, G_MAXUINT, 0, flags);
  file_properties[FILE_PROP_N_PERSONAS] =
    g_param_spec_uint ("n-personas", NULL, NULL, 0, G_MAXUINT, 0, flags);
  /* Why the file could not be read, or %NULL. */
  file_properties[FILE_PROP_PROBLEM] =
    g_param_spec_string ("problem", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_FILE_PROPS, file_properties);
}

static void
ch_project_file_init (ChProjectFile *self)
{
}

const char *
ch_project_file_get_path (ChProjectFile *self)
{
  g_return_val_if_fail (CH_IS_PROJECT_FILE (self), NULL);
  return self->path;
}

const char *
ch_project_file_get_title (ChProjectFile *self)
{
  g_return_val_if_fail (CH_IS_PROJECT_FILE (self), NULL);
  return self->title;
}

gint64
ch_project_file_get_modified (ChProjectFile *self)
{
  g_return_val_if_fail (CH_IS_PROJECT_FILE (self), 0);
  return self->modified;
}

guint
ch_project_file_get_n_ideas (ChProjectFile *self)
{
  g_return_val_if_fail (CH_IS_PROJECT_FILE (self), 0);
  return self->n_ideas;
}

guint
ch_project_file_get_n_personas (ChProjectFile *self)
{
  g_return_val_if_fail (CH_IS_PROJECT_FILE (self), 0);
  return self->n_personas;
}

const char *
ch_project_file_get_problem (ChProjectFile *self)
{
  g_return_val_if_fail (CH_IS_PROJECT_FILE (self), NULL);
  return self->problem;
}

static GType
ch_library_get_item_type (GListModel *model)
{
  return CH_TYPE_PROJECT_FILE;
}

static guint
ch_library_get_n_items (GListModel *model)
{
  return CH_LIBRARY (model)->files->len;
}

static gpointer
ch_library_get_item (GListModel *model,
                     guint       position)
{
  ChLibrary *self = CH_LIBRARY (model);

  if (position >= self->files->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->files, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = ch_library_get_item_type;
  iface->get_n_items = ch_library_get_n_items;
  iface->get_item = ch_library_get_item;
}

static void
ch_library_finalize (GObject *object)
{
  ChLibrary *self = (ChLibrary *)object;

  g_clear_pointer (&self->directory, g_free);
  g_clear_pointer (&self->files, g_ptr_array_unref);

  G_OBJECT_CLASS (ch_library_parent_class)->finalize (object);
}

static void
ch_library_class_init (ChLibraryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ch_library_finalize;
}

static void
ch_library_init (ChLibrary *self)
{
  self->files = g_ptr_array_new_with_free_func (g_object_unref);
}

/**
 * ch_library_get_default_directory:
 *
 * Returns: where projects live: `$XDG_DATA_HOME/charrette/projects`.
 */
const char *
ch_library_get_default_directory (void)
{
  static char *directory;
  static gsize initialized;

  if (g_once_init_enter (&initialized))
    {
      directory = g_build_filename (g_get_user_data_dir (), "charrette", "projects", NULL);
      g_once_init_leave (&initialized, 1);
    }

  return directory;
}

/**
 * ch_library_new:
 * @directory: (nullable): the library's folder, or %NULL for the default
 *
 * Lists the projects of a folder (made when it is missing).
 */
ChLibrary *
ch_library_new (const char *directory)
{
  ChLibrary *self = g_object_new (CH_TYPE_LIBRARY, NULL);

  self->directory = g_strdup (directory ? directory : ch_library_get_default_directory ());
  ch_library_reload (self);

  return self;
}

const char *
ch_library_get_directory (ChLibrary *self)
{
  g_return_val_if_fail (CH_IS_LIBRARY (self), NULL);
  return self->directory;
}

/**
 * ch_library_reload:
 *
 * Reads the folder again; the model changes in one items-changed.
 */
void
ch_library_reload (ChLibrary *self)
{
  g_autoptr(GDir) dir = NULL;
  guint old_len;
  const char *name;

  g_return_if_fail (CH_IS_LIBRARY (self));

  old_len = self->files->len;
  g_ptr_array_set_size (self->files, 0);

  if ((dir = g_dir_open (self->directory, 0, NULL)))
    {
      while ((name = g_dir_read_name (dir)))
        {
          g_autofree char *path = NULL;

          if (!g_str_has_suffix (name, PROJECT_SUFFIX) || name[0] == '.')
            continue;

          path = g_build_filename (self->directory, name, NULL);
          if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
            g_ptr_array_add (self->files, project_file_new (path));
        }
    }

  g_ptr_array_sort (self->files, compare_newest_first);
  g_list_model_items_changed (G_LIST_MODEL (self), 0, old_len, self->files->len);
}

static char *
new_project_path (ChLibrary  *self,
                  GError    **error)
{
  g_autofree char *id = ch_uuid_new ();
  g_autofree char *name = g_strconcat (id, PROJECT_SUFFIX, NULL);

  if (g_mkdir_with_parents (self->directory, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Could not make the project folder “%s”: %s."),
                   self->directory, g_strerror (saved_errno));
      return NULL;
    }

  return g_build_filename (self->directory, name, NULL);
}

/**
 * ch_library_create_project:
 *
 * Makes a new, empty project in the library.
 *
 * Returns: (transfer full): the new project file's path
 */
char *
ch_library_create_project (ChLibrary   *self,
                           const char  *title,
                           GError     **error)
{
  g_autofree char *path = NULL;
  g_autoptr(ChProject) project = NULL;

  g_return_val_if_fail (CH_IS_LIBRARY (self), NULL);

  if (!(path = new_project_path (self, error)))
    return NULL;

  if (!(project = ch_project_create (path, title, error)))
    return NULL;

  ch_project_close (project);
  ch_library_reload (self);

  return g_steal_pointer (&path);
}

/**
 * ch_library_import_file:
 * @source_path: a .charrette file from anywhere
 *
 * Copies a project file into the library with SQLite's backup API; the
 * source is only read.
 *
 * Returns: (transfer full): the copy's path
 */
char *
ch_library_import_file (ChLibrary   *self,
                        const char  *source_path,
                        GError     **error)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (CH_IS_LIBRARY (self), NULL);

  if (!(path = new_project_path (self, error)))
    return NULL;

  if (!ch_store_copy (source_path, path, error))
    return NULL;

  ch_library_reload (self);

  return g_steal_pointer (&path);
}

static void
import_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ChLibrary *self = source_object;
  const char *source_path = task_data;
  g_autofree char *path = NULL;
  GError *error = NULL;

  if (!(path = new_project_path (self, &error)) ||
      !ch_store_copy (source_path, path, &error))
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, g_steal_pointer (&path), g_free);
}

/**
 * ch_library_import_file_async:
 *
 * Does what ch_library_import_file() does, copying in a worker thread so
 * that a large project does not stop the window from drawing.
 */
void
ch_library_import_file_async (ChLibrary           *self,
                              const char          *source_path,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (CH_IS_LIBRARY (self));
  g_return_if_fail (source_path != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, ch_library_import_file_async);
  g_task_set_task_data (task, g_strdup (source_path), g_free);
  g_task_run_in_thread (task, import_thread);
}

/**
 * ch_library_import_file_finish:
 *
 * Returns: (transfer full): the copy's path, or %NULL
 */
char *
ch_library_import_file_finish (ChLibrary     *self,
                               GAsyncResult  *result,
                               GError       **error)
{
  char *path;

  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  /* The list changes here, in the thread that owns it. */
  if ((path = g_task_propagate_pointer (G_TASK (result), error)))
    ch_library_reload (self);

  return path;
}

/**
 * ch_library_delete_project:
 *
 * Deletes a project file from the library, unless it is open.
 */
gboolean
ch_library_delete_project (ChLibrary      *self,
                           ChProjectFile  *file,
                           GError        **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *wal = NULL;
  g_autofree char *title = NULL;
  gint64 modified;
  guint n_ideas, n_personas;

  g_return_val_if_fail (CH_IS_LIBRARY (self), FALSE);
  g_return_val_if_fail (CH_IS_PROJECT_FILE (file), FALSE);

  if (ch_project_lookup_open (file->path) != NULL)
    {
      g_set_error (error, CH_STORE_ERROR, CH_STORE_ERROR_LOCKED,
                   _("“%s” is open in a window. Close it there first."), file->title);
      return FALSE;
    }

  /* Another Charrette may have it open: its lock says so. */
  if (!ch_store_read_summary (file->path, &title, &modified, &n_ideas, &n_personas, &local_error) &&
      g_error_matches (local_error, CH_STORE_ERROR, CH_STORE_ERROR_LOCKED))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (g_unlink (file->path) != 0 && errno != ENOENT)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Could not delete “%s”: %s."), file->title, g_strerror (saved_errno));
      return FALSE;
    }

  /* A write-ahead log left by a crash goes with its project. */
  wal = g_strconcat (file->path, "-wal", NULL);
  g_unlink (wal);

  ch_library_reload (self);

  return TRUE;
}
