/* ch-transfer.c
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An import reads the file and writes the store in a worker thread, in one
 * transaction; the project's objects change afterwards, in the thread that
 * owns them. An export writes from references to the project's objects
 * taken when it starts. While a transfer runs, nothing else may change the
 * project (the window shows a progress dialog).
 *
 * Files are written with g_file_replace(): to a temporary file that takes
 * the place of the old one only when everything was written.
 */

#define G_LOG_DOMAIN "ch-transfer"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "ch-project-private.h"
#include "ch-transfer.h"
#include "ch-workshop.h"

struct _ChTransfer
{
  GObject          parent_instance;

  ChProject       *project;
  /* For an import into a new project: the file to make. */
  char            *project_path;
  GFile           *file;
  ChTransferKind   kind;

  /* Progress, written by the worker, read in the owner's thread. */
  GMainContext    *context;
  GMutex           mutex;
  goffset          total;
  goffset          done;
  gboolean         notify_pending;
  double           fraction;

  /* Whether the project is held (see ch_project_hold()). */
  gboolean         holding;

  /* The result of an import, until it is applied. */
  GPtrArray       *step;
  ChStoreWorkshop  workshop;
  guint            added[CH_PROJECT_N_KINDS];
  guint            updated[CH_PROJECT_N_KINDS];
};

G_DEFINE_FINAL_TYPE (ChTransfer, ch_transfer, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_FRACTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const GType *
kind_types (void)
{
  static GType types[CH_PROJECT_N_KINDS];

  types[0] = CH_TYPE_SESSION;
  types[1] = CH_TYPE_PERSONA;
  types[2] = CH_TYPE_PARTICIPANT;
  types[3] = CH_TYPE_CLUSTER;
  types[4] = CH_TYPE_IDEA;

  return types;
}

static guint
kind_index (GType type)
{
  const GType *types = kind_types ();

  for (guint i = 0; i < CH_PROJECT_N_KINDS; i++)
    if (types[i] == type)
      return i;

  g_return_val_if_reached (0);
}

static gboolean
notify_fraction_cb (gpointer user_data)
{
  ChTransfer *self = user_data;
  double fraction;

  g_mutex_lock (&self->mutex);
  self->notify_pending = FALSE;
  fraction = self->total > 0 ? MIN (1.0, (double)self->done / (double)self->total) : 0.0;
  g_mutex_unlock (&self->mutex);

  if (fraction != self->fraction)
    {
      self->fraction = fraction;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FRACTION]);
    }

  return G_SOURCE_REMOVE;
}

/* From the worker: at most one notification waiting at a time. */
static void
progress_cb (goffset  done,
             gpointer user_data)
{
  ChTransfer *self = user_data;
  gboolean schedule;

  g_mutex_lock (&self->mutex);
  self->done = done;
  schedule = self->context != NULL && !self->notify_pending;
  self->notify_pending |= schedule;
  g_mutex_unlock (&self->mutex);

  if (schedule)
    {
      g_autoptr(GSource) source = g_idle_source_new ();

      g_source_set_callback (source, notify_fraction_cb, g_object_ref (self), g_object_unref);
      g_source_set_priority (source, G_PRIORITY_DEFAULT);
      g_source_attach (source, self->context);
    }
}

static char *
display_name (GFile *file)
{
  g_autofree char *path = g_file_get_path (file);

  return path ? g_filename_display_basename (path) : g_file_get_uri (file);
}

typedef struct
{
  ChTransfer *transfer;
  ChStore    *store;
} NewProject;

static gboolean
new_workshop_cb (gpointer               user_data,
                 const ChStoreWorkshop *workshop,
                 GError               **error)
{
  NewProject *new_project = user_data;

  return ch_store_replace_workshop (new_project->store, workshop, error);
}

static gboolean
new_entity_cb (gpointer   user_data,
               ChEntity  *entity,
               GError   **error)
{
  NewProject *new_project = user_data;

  if (!ch_store_import (new_project->store, entity, error))
    return FALSE;

  new_project->transfer->added[kind_index (G_OBJECT_TYPE (entity))]++;

  return TRUE;
}

static gboolean
sync_file (const char  *path,
           GError     **error)
{
  int fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  int saved_errno;

  if (fd >= 0 && fsync (fd) == 0)
    return g_close (fd, error);

  saved_errno = errno;
  if (fd >= 0)
    g_close (fd, NULL);
  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
               _("Could not write “%s” to the disk: %s."), path, g_strerror (saved_errno));

  return FALSE;
}

/* Makes a project file from a workshop file, straight from the reader to
 * the store: nothing of the workshop is kept in memory. */
static gboolean
import_into_new_file (ChTransfer    *self,
                      GInputStream  *stream,
                      const char    *name,
                      GCancellable  *cancellable,
                      GError       **error)
{
  static const ChWorkshopSink sink = { new_workshop_cb, new_entity_cb };
  g_autofree char *id = g_uuid_string_random ();
  ChStoreWorkshop placeholder = { id, (char *)"", NULL, 0, 0 };
  NewProject new_project = { self, NULL };
  gboolean ok;

  if (!(new_project.store = ch_store_create (self->project_path, &placeholder, error)))
    return FALSE;

  ok = ch_store_start_bulk_load (new_project.store, error) &&
       ch_store_begin (new_project.store, error);

  if (ok && !(ch_workshop_read_pipelined (stream, name, &sink, &new_project, progress_cb, self,
                                          cancellable, error) &&
              ch_store_end_bulk_load (new_project.store, error) &&
              ch_store_commit (new_project.store, error)))
    {
      ch_store_rollback (new_project.store);
      ok = FALSE;
    }

  /* Closing leaves the file as every closed project is (see ch-store.c);
   * it was filled without syncs: one sync now puts it all on the disk. */
  ch_store_close (new_project.store);
  if (ok)
    ok = sync_file (self->project_path, error);

  if (!ok)
    {
      g_autofree char *journal = g_strconcat (self->project_path, "-journal", NULL);

      g_unlink (self->project_path);
      g_unlink (journal);
      memset (self->added, 0, sizeof self->added);
    }

  return ok;
}

static gboolean
run_import (ChTransfer    *self,
            GCancellable  *cancellable,
            GError       **error)
{
  g_autoptr(GFileInputStream) file_stream = NULL;
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = display_name (self->file);

  if (!(file_stream = g_file_read (self->file, cancellable, &local_error)))
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_set_error (error, CH_WORKSHOP_ERROR, CH_WORKSHOP_ERROR_CANCELLED,
                     _("Reading “%s” was cancelled."), name);
      else
        g_set_error (error, CH_WORKSHOP_ERROR, CH_WORKSHOP_ERROR_IO,
                     _("“%s” could not be read: %s"), name, local_error->message);
      return FALSE;
    }

  if ((info = g_file_input_stream_query_info (file_stream, G_FILE_ATTRIBUTE_STANDARD_SIZE,
                                              cancellable, NULL)))
    {
      g_mutex_lock (&self->mutex);
      self->total = g_file_info_get_size (info);
      g_mutex_unlock (&self->mutex);
    }

  stream = g_buffered_input_stream_new_sized (G_INPUT_STREAM (file_stream), 256 * 1024);

  if (self->project_path != NULL)
    return import_into_new_file (self, stream, name, cancellable, error);

  self->step = ch_project_import_read (self->project, stream, name,
                                       self->kind == CH_TRANSFER_IMPORT_NEW,
                                       self->added, self->updated, &self->workshop,
                                       progress_cb, self, cancellable, error);

  return self->step != NULL;
}

static gboolean
run_export (ChTransfer    *self,
            GCancellable  *cancellable,
            GError       **error)
{
  g_autoptr(GPtrArray) sessions = ch_project_snapshot (self->project, CH_TYPE_SESSION);
  g_autoptr(GPtrArray) personas = ch_project_snapshot (self->project, CH_TYPE_PERSONA);
  g_autoptr(GPtrArray) participants = ch_project_snapshot (self->project, CH_TYPE_PARTICIPANT);
  g_autoptr(GPtrArray) clusters = ch_project_snapshot (self->project, CH_TYPE_CLUSTER);
  g_autoptr(GPtrArray) ideas = ch_project_snapshot (self->project, CH_TYPE_IDEA);
  g_autoptr(GFileOutputStream) file_stream = NULL;
  g_autoptr(GOutputStream) stream = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = display_name (self->file);
  ChWorkshopContent content = {
    ch_project_get_workshop (self->project),
    sessions, personas, participants, clusters, ideas
  };
  gboolean ok;

  g_mutex_lock (&self->mutex);
  self->total = sessions->len + personas->len + participants->len + clusters->len + ideas->len;
  g_mutex_unlock (&self->mutex);

  file_stream = g_file_replace (self->file, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION,
                                cancellable, &local_error);
  if (file_stream == NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_set_error (error, CH_WORKSHOP_ERROR, CH_WORKSHOP_ERROR_CANCELLED,
                     _("Writing “%s” was cancelled."), name);
      else
        g_set_error (error, CH_WORKSHOP_ERROR, CH_WORKSHOP_ERROR_IO,
                     _("“%s” could not be written: %s"), name, local_error->message);
      return FALSE;
    }

  stream = g_buffered_output_stream_new_sized (G_OUTPUT_STREAM (file_stream), 256 * 1024);
  /* The file stream is closed here, and only it decides whether the file
   * replaces the old one: never through the buffer's close. */
  g_filter_output_stream_set_close_base_stream (G_FILTER_OUTPUT_STREAM (stream), FALSE);

  switch (self->kind)
    {
    case CH_TRANSFER_EXPORT_XML:
      ok = ch_workshop_write (stream, &content, progress_cb, self, cancellable, &local_error);
      break;

    case CH_TRANSFER_EXPORT_CSV:
      ok = ch_workshop_write_csv (stream, &content, cancellable, &local_error);
      break;

    case CH_TRANSFER_EXPORT_MARKDOWN:
      ok = ch_workshop_write_markdown (stream, &content, cancellable, &local_error);
      break;

    case CH_TRANSFER_IMPORT_NEW:
    case CH_TRANSFER_IMPORT_MERGE:
    default:
      g_assert_not_reached ();
    }

  if (ok)
    ok = g_output_stream_flush (stream, cancellable, &local_error) &&
         g_output_stream_close (G_OUTPUT_STREAM (file_stream), cancellable, &local_error);

  if (!ok)
    {
      /* Closing with a cancelled cancellable keeps the old file as it was
       * and removes the temporary one. */
      g_autoptr(GCancellable) abandon = g_cancellable_new ();

      g_cancellable_cancel (abandon);
      g_output_stream_close (stream, abandon, NULL);
      g_output_stream_close (G_OUTPUT_STREAM (file_stream), abandon, NULL);

      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_set_error (error, CH_WORKSHOP_ERROR, CH_WORKSHOP_ERROR_CANCELLED,
                     _("Writing “%s” was cancelled."), name);
      else
        g_set_error (error, CH_WORKSHOP_ERROR, CH_WORKSHOP_ERROR_IO,
                     _("“%s” could not be written: %s"), name, local_error->message);
      return FALSE;
    }

  progress_cb (self->total, self);

  return TRUE;
}

/* The part that may run in a worker thread. */
static gboolean
run_in_worker (ChTransfer    *self,
               GCancellable  *cancellable,
               GError       **error)
{
  if (self->kind == CH_TRANSFER_IMPORT_NEW || self->kind == CH_TRANSFER_IMPORT_MERGE)
    return run_import (self, cancellable, error);

  return run_export (self, cancellable, error);
}

static gboolean
hold (ChTransfer  *self,
      GError     **error)
{
  if (self->project != NULL && !self->holding)
    {
      if (!ch_project_hold (self->project, error))
        return FALSE;
      self->holding = TRUE;
    }

  return TRUE;
}

static void
release (ChTransfer *self)
{
  if (self->holding)
    {
      ch_project_release (self->project);
      self->holding = FALSE;
    }
}

/* The part that runs in the project's thread. */
static void
finish_in_owner (ChTransfer *self)
{
  release (self);

  if (self->step != NULL)
    {
      g_autofree char *name = display_name (self->file);

      ch_project_import_apply (self->project, g_steal_pointer (&self->step), &self->workshop,
                               self->kind == CH_TRANSFER_IMPORT_NEW, name);
    }

  if (self->fraction != 1.0)
    {
      self->fraction = 1.0;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FRACTION]);
    }
}

static void
ch_transfer_finalize (GObject *object)
{
  ChTransfer *self = (ChTransfer *)object;

  release (self);
  g_clear_pointer (&self->step, g_ptr_array_unref);
  ch_store_workshop_clear (&self->workshop);
  g_clear_pointer (&self->context, g_main_context_unref);
  g_clear_object (&self->project);
  g_clear_pointer (&self->project_path, g_free);
  g_clear_object (&self->file);
  g_mutex_clear (&self->mutex);

  G_OBJECT_CLASS (ch_transfer_parent_class)->finalize (object);
}

static void
ch_transfer_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  ChTransfer *self = CH_TRANSFER (object);

  switch (prop_id)
    {
    case PROP_FRACTION:
      g_value_set_double (value, self->fraction);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ch_transfer_class_init (ChTransferClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ch_transfer_finalize;
  object_class->get_property = ch_transfer_get_property;

  /* How much is done, 0 to 1; notified in the thread that made it. */
  properties[PROP_FRACTION] =
    g_param_spec_double ("fraction", NULL, NULL, 0.0, 1.0, 0.0,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ch_transfer_init (ChTransfer *self)
{
  g_mutex_init (&self->mutex);
}

/**
 * ch_transfer_new:
 * @project: an open project; for %CH_TRANSFER_IMPORT_NEW, a new and empty one
 * @file: the file to read or to write
 */
ChTransfer *
ch_transfer_new (ChProject      *project,
                 GFile          *file,
                 ChTransferKind  kind)
{
  ChTransfer *self;

  g_return_val_if_fail (CH_IS_PROJECT (project), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  self = g_object_new (CH_TYPE_TRANSFER, NULL);
  self->project = g_object_ref (project);
  self->file = g_object_ref (file);
  self->kind = kind;

  return self;
}

/**
 * ch_transfer_new_for_new_project:
 * @project_path: the project file to make; must not exist
 * @file: a workshop file
 *
 * An import that makes a new project file from a workshop file (its id,
 * title, times and every entity). Nothing is left at @project_path when
 * it fails. Open the project afterwards with ch_project_open().
 */
ChTransfer *
ch_transfer_new_for_new_project (const char *project_path,
                                 GFile      *file)
{
  ChTransfer *self;

  g_return_val_if_fail (project_path != NULL, NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  self = g_object_new (CH_TYPE_TRANSFER, NULL);
  self->project_path = g_strdup (project_path);
  self->file = g_object_ref (file);
  self->kind = CH_TRANSFER_IMPORT_NEW;

  return self;
}

ChTransferKind
ch_transfer_get_kind (ChTransfer *self)
{
  g_return_val_if_fail (CH_IS_TRANSFER (self), 0);
  return self->kind;
}

GFile *
ch_transfer_get_file (ChTransfer *self)
{
  g_return_val_if_fail (CH_IS_TRANSFER (self), NULL);
  return self->file;
}

double
ch_transfer_get_fraction (ChTransfer *self)
{
  g_return_val_if_fail (CH_IS_TRANSFER (self), 0.0);
  return self->fraction;
}

/**
 * ch_transfer_run:
 *
 * Runs the whole transfer in this thread (the command line, tests).
 */
gboolean
ch_transfer_run (ChTransfer    *self,
                 GCancellable  *cancellable,
                 GError       **error)
{
  g_return_val_if_fail (CH_IS_TRANSFER (self), FALSE);

  if (!hold (self, error))
    return FALSE;

  if (!run_in_worker (self, cancellable, error))
    {
      release (self);
      return FALSE;
    }

  finish_in_owner (self);

  return TRUE;
}

static void
run_thread (GTask        *task,
            gpointer      source_object,
            gpointer      task_data,
            GCancellable *cancellable)
{
  GError *error = NULL;

  if (run_in_worker (source_object, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * ch_transfer_run_async:
 *
 * Runs the transfer in a worker thread; :fraction is notified in this
 * thread as it goes. Cancelling leaves the project and the files as
 * they were.
 */
void
ch_transfer_run_async (ChTransfer          *self,
                       GCancellable        *cancellable,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (CH_IS_TRANSFER (self));

  g_clear_pointer (&self->context, g_main_context_unref);
  self->context = g_main_context_ref_thread_default ();

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, ch_transfer_run_async);

  {
    GError *error = NULL;

    if (!hold (self, &error))
      {
        g_task_return_error (task, error);
        return;
      }
  }

  /* What the worker did decides: a cancel that came after the commit must
   * not hide an import the store already has. */
  g_task_set_check_cancellable (task, FALSE);
  g_task_run_in_thread (task, run_thread);
}

gboolean
ch_transfer_run_finish (ChTransfer    *self,
                        GAsyncResult  *result,
                        GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    {
      release (self);
      return FALSE;
    }

  finish_in_owner (self);

  return TRUE;
}

guint
ch_transfer_get_n_added (ChTransfer *self,
                         GType       type)
{
  g_return_val_if_fail (CH_IS_TRANSFER (self), 0);
  return self->added[kind_index (type)];
}

guint
ch_transfer_get_n_updated (ChTransfer *self,
                           GType       type)
{
  g_return_val_if_fail (CH_IS_TRANSFER (self), 0);
  return self->updated[kind_index (type)];
}

static char *
describe_count (guint    kind,
                guint    n,
                gboolean added)
{
  switch (kind * 2 + (added ? 0 : 1))
    {
    case 0:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u session added",
                                           "%u sessions added", n), n);
    case 1:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u session updated",
                                           "%u sessions updated", n), n);
    case 2:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u persona added",
                                           "%u personas added", n), n);
    case 3:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u persona updated",
                                           "%u personas updated", n), n);
    case 4:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u participant added",
                                           "%u participants added", n), n);
    case 5:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u participant updated",
                                           "%u participants updated", n), n);
    case 6:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u cluster added",
                                           "%u clusters added", n), n);
    case 7:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u cluster updated",
                                           "%u clusters updated", n), n);
    case 8:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u idea added",
                                           "%u ideas added", n), n);
    case 9:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u idea updated",
                                           "%u ideas updated", n), n);
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * ch_transfer_describe:
 *
 * Returns: (transfer full): what an import did, in a sentence for a
 *   toast: "312 ideas added, 14 updated, 2 personas added"
 */
char *
ch_transfer_describe (ChTransfer *self)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (CH_IS_TRANSFER (self), NULL);

  /* Ideas first, as a facilitator counts them. */
  for (int i = CH_PROJECT_N_KINDS - 1; i >= 0; i--)
    {
      guint added = self->added[i];
      guint updated = self->updated[i];

      if (added > 0)
        g_ptr_array_add (parts, describe_count (i, added, TRUE));
      if (updated > 0 && added > 0)
        /* Translators: follows "N ideas added": that many of the same kind updated */
        g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u updated",
                                                              "%u updated", updated),
                                                 updated));
      else if (updated > 0)
        g_ptr_array_add (parts, describe_count (i, updated, FALSE));
    }

  if (parts->len == 0)
    return g_strdup (_("Nothing new: the project already had everything in the file"));

  g_ptr_array_add (parts, NULL);

  return g_strjoinv (", ", (char **)parts->pdata);
}
