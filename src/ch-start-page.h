/* ch-start-page.h: the projects of the library, to open, create or remove
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ch-library.h"

G_BEGIN_DECLS

#define CH_TYPE_START_PAGE (ch_start_page_get_type())

G_DECLARE_FINAL_TYPE (ChStartPage, ch_start_page, CH, START_PAGE, AdwBin)

ChLibrary *ch_start_page_get_library     (ChStartPage   *self);
void       ch_start_page_set_library     (ChStartPage   *self,
                                          ChLibrary     *library);
void       ch_start_page_new_project     (ChStartPage   *self);
void       ch_start_page_import_file     (ChStartPage   *self);
void       ch_start_page_add_sample      (ChStartPage   *self);
void       ch_start_page_rename_project  (ChStartPage   *self,
                                          ChProjectFile *file);
void       ch_start_page_delete_project  (ChStartPage   *self,
                                          ChProjectFile *file);

G_END_DECLS
