/* ch-project-row.h: one project on the start page
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ch-library.h"

G_BEGIN_DECLS

#define CH_TYPE_PROJECT_ROW (ch_project_row_get_type())

G_DECLARE_FINAL_TYPE (ChProjectRow, ch_project_row, CH, PROJECT_ROW, AdwBin)

ChProjectFile *ch_project_row_get_file (ChProjectRow  *self);
void           ch_project_row_set_file (ChProjectRow  *self,
                                        ChProjectFile *file);

G_END_DECLS
