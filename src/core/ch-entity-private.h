/* ch-entity-private.h: helpers for the setters of ChEntity subclasses
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ch-entity.h"

G_BEGIN_DECLS

/* Each compares first and notifies @pspec only on a real change. An
 * optional text that is empty is kept as %NULL (absent). */
void ch_entity_take_string (ChEntity    *self,
                            char       **field,
                            const char  *value,
                            gboolean     optional,
                            GParamSpec  *pspec);
void ch_entity_take_strv   (ChEntity    *self,
                            char      ***field,
                            const char * const *value,
                            GParamSpec  *pspec);
void ch_entity_take_int    (ChEntity    *self,
                            int         *field,
                            int          value,
                            GParamSpec  *pspec);

G_END_DECLS
