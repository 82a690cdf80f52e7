/* ch-session-chooser.h: which session's ideas a page shows
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ch-project.h"

G_BEGIN_DECLS

#define CH_TYPE_SESSION_CHOOSER (ch_session_chooser_get_type())

G_DECLARE_FINAL_TYPE (ChSessionChooser, ch_session_chooser, CH, SESSION_CHOOSER, GtkWidget)

ChProject  *ch_session_chooser_get_project    (ChSessionChooser *self);
void        ch_session_chooser_set_project    (ChSessionChooser *self,
                                               ChProject        *project);
const char *ch_session_chooser_get_session_id (ChSessionChooser *self);
void        ch_session_chooser_set_session_id (ChSessionChooser *self,
                                               const char       *session_id);

GtkFilter  *ch_session_chooser_get_filter     (ChSessionChooser *self);

gboolean    ch_session_chooser_match          (const char       *session_id,
                                               ChIdea           *idea);

G_END_DECLS
