/* ch-projector-window.h: the room's view on the projector
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ch-project.h"
#include "ch-session.h"
#include "ch-timer.h"

G_BEGIN_DECLS

#define CH_TYPE_PROJECTOR_WINDOW (ch_projector_window_get_type())

G_DECLARE_FINAL_TYPE (ChProjectorWindow, ch_projector_window, CH, PROJECTOR_WINDOW, AdwWindow)

GtkWidget  *ch_projector_window_new         (GtkApplication    *application,
                                             ChProject         *project,
                                             ChTimer           *timer);
ChProject  *ch_projector_window_get_project (ChProjectorWindow *self);
ChTimer    *ch_projector_window_get_timer   (ChProjectorWindow *self);
ChSession  *ch_projector_window_get_session (ChProjectorWindow *self);
void        ch_projector_window_set_session (ChProjectorWindow *self,
                                             ChSession         *session);
GListModel *ch_projector_window_get_ideas   (ChProjectorWindow *self);

G_END_DECLS
