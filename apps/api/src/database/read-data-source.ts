import { Inject } from '@nestjs/common';

/**
 * The DataSource public, read-only routes query: a replica when DATABASE_READ_URL is set, else
 * the primary. Editorial writes, sessions and anything read-your-writes use the primary.
 */
export const READ_DATA_SOURCE = Symbol('READ_DATA_SOURCE');
export const InjectReadDataSource = () => Inject(READ_DATA_SOURCE);
