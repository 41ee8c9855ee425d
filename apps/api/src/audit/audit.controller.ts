import type { AnswerOf } from '../http/answer';
import { AuditListSchema, ErrorSchema } from '@dualcarbon/domain';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth } from '../auth/auth.decorator';
import { AuditListQuerySchema, type AuditListQuery } from './audit.schemas';
import { AuditService } from './audit.service';

@ApiTags('admin')
@Controller('admin/audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @Auth('admin')
  @ApiOperation({ summary: 'The audit trail, newest first (admins)' })
  @ApiOkResponse({ standardSchema: AuditListSchema })
  @ApiBadRequestResponse({ standardSchema: ErrorSchema, description: 'Unknown or invalid query parameter (code request/invalid)' })
  list(@Query({ schema: AuditListQuerySchema }) query: AuditListQuery): AnswerOf<typeof AuditListSchema> {
    return this.audit.list(query);
  }
}
