/* ch-transfer-dialog.h: how far an import or an export has come
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ch-transfer.h"

G_BEGIN_DECLS

#define CH_TYPE_TRANSFER_DIALOG (ch_transfer_dialog_get_type())

G_DECLARE_FINAL_TYPE (ChTransferDialog, ch_transfer_dialog, CH, TRANSFER_DIALOG, AdwMessageDialog)

GtkWidget    *ch_transfer_dialog_new             (GtkWindow        *parent,
                                                  ChTransfer       *transfer,
                                                  GCancellable     *cancellable);
ChTransfer   *ch_transfer_dialog_get_transfer    (ChTransferDialog *self);
GCancellable *ch_transfer_dialog_get_cancellable (ChTransferDialog *self);

G_END_DECLS
