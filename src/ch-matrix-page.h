/* ch-matrix-page.h: the impact/effort matrix page, and its list
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ch-project.h"

G_BEGIN_DECLS

#define CH_TYPE_MATRIX_PAGE (ch_matrix_page_get_type())

G_DECLARE_FINAL_TYPE (ChMatrixPage, ch_matrix_page, CH, MATRIX_PAGE, AdwBin)

ChProject  *ch_matrix_page_get_project    (ChMatrixPage *self);
void        ch_matrix_page_set_project    (ChMatrixPage *self,
                                           ChProject    *project);
const char *ch_matrix_page_get_session_id (ChMatrixPage *self);
void        ch_matrix_page_set_session_id (ChMatrixPage *self,
                                           const char   *session_id);

G_END_DECLS
