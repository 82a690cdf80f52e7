/* ch-transfer.h: a workshop going into or out of a project
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ch-project.h"

G_BEGIN_DECLS

typedef enum
{
  CH_TRANSFER_IMPORT_NEW,      /* a workshop file into a new, empty project */
  CH_TRANSFER_IMPORT_MERGE,    /* a workshop file merged into a project */
  CH_TRANSFER_EXPORT_XML,      /* the project as a workshop file */
  CH_TRANSFER_EXPORT_CSV,      /* its ideas as CSV */
  CH_TRANSFER_EXPORT_MARKDOWN, /* a report in Markdown */
} ChTransferKind;

#define CH_TYPE_TRANSFER (ch_transfer_get_type())

G_DECLARE_FINAL_TYPE (ChTransfer, ch_transfer, CH, TRANSFER, GObject)

ChTransfer     *ch_transfer_new          (ChProject            *project,
                                          GFile                *file,
                                          ChTransferKind        kind);
ChTransfer     *ch_transfer_new_for_new_project (const char *project_path,
                                                 GFile      *file);
ChTransferKind  ch_transfer_get_kind     (ChTransfer           *self);
GFile          *ch_transfer_get_file     (ChTransfer           *self);
double          ch_transfer_get_fraction (ChTransfer           *self);
gboolean        ch_transfer_run          (ChTransfer           *self,
                                          GCancellable         *cancellable,
                                          GError              **error);
void            ch_transfer_run_async    (ChTransfer           *self,
                                          GCancellable         *cancellable,
                                          GAsyncReadyCallback   callback,
                                          gpointer              user_data);
gboolean        ch_transfer_run_finish   (ChTransfer           *self,
                                          GAsyncResult         *result,
                                          GError              **error);
guint           ch_transfer_get_n_added   (ChTransfer          *self,
                                           GType                type);
guint           ch_transfer_get_n_updated (ChTransfer          *self,
                                           GType                type);
char           *ch_transfer_describe      (ChTransfer          *self);

G_END_DECLS
