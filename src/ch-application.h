/* ch-application.h: the Charrette application
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ch-library.h"
#include "ch-window.h"

G_BEGIN_DECLS

#define CH_TYPE_APPLICATION (ch_application_get_type())

G_DECLARE_FINAL_TYPE (ChApplication, ch_application, CH, APPLICATION, AdwApplication)

ChApplication *ch_application_new             (void);
ChLibrary     *ch_application_get_library     (ChApplication  *self);
ChWindow      *ch_application_find_window     (ChApplication  *self,
                                               const char     *path);
char          *ch_application_add_sample      (ChApplication  *self,
                                               GError        **error);

G_END_DECLS
