import { Module } from '@nestjs/common';
import { OrganizationModule } from '@app/organization';
import { DemoSeedService } from './demo-seed.service.js';

@Module({ imports: [OrganizationModule], providers: [DemoSeedService], exports: [DemoSeedService] })
export class DemoModule {}
