/* ch-entity.h: what every workshop entity has: an id and a modified time
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "ch-types.h"

G_BEGIN_DECLS

#define CH_TYPE_ENTITY (ch_entity_get_type())

G_DECLARE_DERIVABLE_TYPE (ChEntity, ch_entity, CH, ENTITY, GObject)

struct _ChEntityClass
{
  GObjectClass parent_class;
};

const char *ch_entity_get_id        (ChEntity   *self);
gint64      ch_entity_get_modified  (ChEntity   *self);
void        ch_entity_set_modified  (ChEntity   *self,
                                     gint64      modified);
ChEntity   *ch_entity_copy          (ChEntity   *self);
char       *ch_uuid_new             (void);
gboolean    ch_uuid_is_valid        (const char *text);

G_END_DECLS
