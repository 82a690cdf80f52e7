/* ch-cluster.c
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ch-cluster"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ch-cluster.h"
#include "ch-entity-private.h"

struct _ChCluster
{
  ChEntity  parent_instance;

  char     *name;
  char     *summary;
  char     *color;
  int       position;
};

G_DEFINE_FINAL_TYPE (ChCluster, ch_cluster, CH_TYPE_ENTITY)

enum {
  PROP_0,
  PROP_NAME,
  PROP_SUMMARY,
  PROP_COLOR,
  PROP_POSITION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ch_cluster_finalize (GObject *object)
{
  ChCluster *self = (ChCluster *)object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->summary, g_free);
  g_clear_pointer (&self->color, g_free);

  G_OBJECT_CLASS (ch_cluster_parent_class)->finalize (object);
}

static void
ch_cluster_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  ChCluster *self = CH_CLUSTER (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_SUMMARY:
      g_value_set_string (value, self->summary);
      break;

    case PROP_COLOR:
      g_value_set_string (value, self->color);
      break;

    case PROP_POSITION:
      g_value_set_int (value, self->position);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ch_cluster_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  ChCluster *self = CH_CLUSTER (object);
  ChEntity *entity = CH_ENTITY (object);

  switch (prop_id)
    {
    case PROP_NAME:
      ch_entity_take_string (entity, &self->name, g_value_get_string (value), FALSE, pspec);
      break;

    case PROP_SUMMARY:
      ch_entity_take_string (entity, &self->summary, g_value_get_string (value), TRUE, pspec);
      break;

    case PROP_COLOR:
      ch_entity_take_string (entity, &self->color, g_value_get_string (value), TRUE, pspec);
      break;

    case PROP_POSITION:
      ch_entity_take_int (entity, &self->position, g_value_get_int (value), pspec);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ch_cluster_class_init (ChClusterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = ch_cluster_finalize;
  object_class->get_property = ch_cluster_get_property;
  object_class->set_property = ch_cluster_set_property;

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, "", flags);
  properties[PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, NULL, NULL, flags);
  /* "#rrggbb", or %NULL. */
  properties[PROP_COLOR] =
    g_param_spec_string ("color", NULL, NULL, NULL, flags);
  properties[PROP_POSITION] =
    g_param_spec_int ("position", NULL, NULL, 0, G_MAXINT, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ch_cluster_init (ChCluster *self)
{
  self->name = g_strdup ("");
}

ChCluster *
ch_cluster_new (const char *id,
                const char *name)
{
  return g_object_new (CH_TYPE_CLUSTER,
                       "id", id,
                       "name", name,
                       NULL);
}

const char *
ch_cluster_get_name (ChCluster *self)
{
  g_return_val_if_fail (CH_IS_CLUSTER (self), NULL);
  return self->name;
}

const char *
ch_cluster_get_summary (ChCluster *self)
{
  g_return_val_if_fail (CH_IS_CLUSTER (self), NULL);
  return self->summary;
}

const char *
ch_cluster_get_color (ChCluster *self)
{
  g_return_val_if_fail (CH_IS_CLUSTER (self), NULL);
  return self->color;
}

int
ch_cluster_get_position (ChCluster *self)
{
  g_return_val_if_fail (CH_IS_CLUSTER (self), 0);
  return self->position;
}
