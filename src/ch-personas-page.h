/* ch-personas-page.h: the personas of a project
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ch-project.h"

G_BEGIN_DECLS

#define CH_TYPE_PERSONAS_PAGE (ch_personas_page_get_type())

G_DECLARE_FINAL_TYPE (ChPersonasPage, ch_personas_page, CH, PERSONAS_PAGE, AdwBin)

ChProject *ch_personas_page_get_project  (ChPersonasPage *self);
void       ch_personas_page_set_project  (ChPersonasPage *self,
                                          ChProject      *project);
ChPersona *ch_personas_page_get_selected (ChPersonasPage *self);
void       ch_personas_page_select       (ChPersonasPage *self,
                                          ChPersona      *persona);

G_END_DECLS
