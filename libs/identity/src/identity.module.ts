import { Module, type DynamicModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccountService } from './account.service.js';
import { AuthGuard } from './auth.guard.js';
import { AuthResolver } from './auth.resolver.js';
import { FileLinkService } from './file-link.service.js';
import { IDENTITY_OPTIONS, type IdentityOptions } from './identity.options.js';
import { LoginThrottler } from './login-throttler.js';
import { PasswordService } from './password.service.js';
import { TokenService } from './token.service.js';

@Module({})
export class IdentityModule {
  static forRoot(options: IdentityOptions): DynamicModule {
    return {
      module: IdentityModule,
      global: true,
      providers: [
        { provide: IDENTITY_OPTIONS, useValue: options },
        PasswordService,
        TokenService,
        FileLinkService,
        LoginThrottler,
        AccountService,
        AuthResolver,
        { provide: APP_GUARD, useClass: AuthGuard },
      ],
      exports: [AccountService, PasswordService, TokenService, FileLinkService],
    };
  }
}
