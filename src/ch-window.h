/* ch-window.h: a Charrette window: the start page or one open project
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ch-project.h"
#include "ch-transfer.h"

G_BEGIN_DECLS

typedef struct _ChApplication ChApplication;

#define CH_TYPE_WINDOW (ch_window_get_type())

G_DECLARE_FINAL_TYPE (ChWindow, ch_window, CH, WINDOW, AdwApplicationWindow)

ChWindow  *ch_window_new           (ChApplication *application);
ChProject *ch_window_get_project   (ChWindow      *self);
void       ch_window_open_project  (ChWindow      *self,
                                    const char    *path);
void       ch_window_close_project (ChWindow      *self);
void       ch_window_add_toast     (ChWindow      *self,
                                    AdwToast      *toast);
void       ch_window_show_error    (ChWindow      *self,
                                    const char    *heading,
                                    const GError  *error);
void       ch_window_report_error  (GtkWidget     *widget,
                                    const GError  *error);
gboolean   ch_window_get_busy      (ChWindow      *self);
void       ch_window_import        (ChWindow      *self,
                                    GFile         *file);
void       ch_window_import_file   (ChWindow      *self,
                                    GFile         *file,
                                    gboolean       merge);
void       ch_window_export_file   (ChWindow      *self,
                                    GFile         *file,
                                    ChTransferKind kind);

G_END_DECLS
