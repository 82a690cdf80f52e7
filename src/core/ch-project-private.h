/* ch-project-private.h: what the core's import and export use of a
 * project, beyond its public API
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ch-project.h"
#include "ch-store.h"
#include "ch-workshop.h"

G_BEGIN_DECLS

/* Entities by kind, in the order of the workshop file's sections. */
#define CH_PROJECT_N_KINDS 5

GPtrArray             *ch_project_import_read  (ChProject           *self,
                                                GInputStream        *stream,
                                                const char          *display_name,
                                                gboolean             as_new,
                                                guint               *added,
                                                guint               *updated,
                                                ChStoreWorkshop     *workshop,
                                                ChWorkshopProgress   progress,
                                                gpointer             progress_data,
                                                GCancellable        *cancellable,
                                                GError             **error);
void                   ch_project_import_apply (ChProject           *self,
                                                GPtrArray           *step,
                                                ChStoreWorkshop     *workshop,
                                                gboolean             as_new,
                                                const char          *display_name);
gboolean               ch_project_hold         (ChProject           *self,
                                                GError             **error);
void                   ch_project_release      (ChProject           *self);
GPtrArray             *ch_project_snapshot     (ChProject           *self,
                                                GType                type);
const ChStoreWorkshop *ch_project_get_workshop (ChProject           *self);

G_END_DECLS
