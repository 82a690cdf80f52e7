/* ch-library.h: the folder of projects that the start screen lists
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ch-types.h"

G_BEGIN_DECLS

#define CH_TYPE_PROJECT_FILE (ch_project_file_get_type())

G_DECLARE_FINAL_TYPE (ChProjectFile, ch_project_file, CH, PROJECT_FILE, GObject)

/* One project of the library as the start screen shows it. When the file
 * could not be read, :problem says why and the counts are 0. */
const char *ch_project_file_get_path       (ChProjectFile *self);
const char *ch_project_file_get_title      (ChProjectFile *self);
gint64      ch_project_file_get_modified   (ChProjectFile *self);
guint       ch_project_file_get_n_ideas    (ChProjectFile *self);
guint       ch_project_file_get_n_personas (ChProjectFile *self);
const char *ch_project_file_get_problem    (ChProjectFile *self);

#define CH_TYPE_LIBRARY (ch_library_get_type())

G_DECLARE_FINAL_TYPE (ChLibrary, ch_library, CH, LIBRARY, GObject)

/* A ChLibrary is a GListModel of ChProjectFile, newest change first. */
ChLibrary  *ch_library_new              (const char     *directory);
const char *ch_library_get_default_directory (void);
const char *ch_library_get_directory    (ChLibrary      *self);
void        ch_library_reload           (ChLibrary      *self);
char       *ch_library_create_project   (ChLibrary      *self,
                                         const char     *title,
                                         GError        **error);
char       *ch_library_import_file      (ChLibrary      *self,
                                         const char     *source_path,
                                         GError        **error);
void        ch_library_import_file_async  (ChLibrary           *self,
                                           const char          *source_path,
                                           GCancellable        *cancellable,
                                           GAsyncReadyCallback  callback,
                                           gpointer             user_data);
char       *ch_library_import_file_finish (ChLibrary           *self,
                                           GAsyncResult        *result,
                                           GError             **error);
gboolean    ch_library_delete_project   (ChLibrary      *self,
                                         ChProjectFile  *file,
                                         GError        **error);

G_END_DECLS
