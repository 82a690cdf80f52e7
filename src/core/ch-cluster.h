/* ch-cluster.h: a group of ideas made during affinity mapping
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ch-entity.h"

G_BEGIN_DECLS

#define CH_TYPE_CLUSTER (ch_cluster_get_type())

G_DECLARE_FINAL_TYPE (ChCluster, ch_cluster, CH, CLUSTER, ChEntity)

ChCluster  *ch_cluster_new          (const char *id,
                                     const char *name);
const char *ch_cluster_get_name     (ChCluster  *self);
const char *ch_cluster_get_summary  (ChCluster  *self);
const char *ch_cluster_get_color    (ChCluster  *self);
int         ch_cluster_get_position (ChCluster  *self);

G_END_DECLS
