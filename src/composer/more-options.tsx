/**
 * "More options": every other field the post type supports, collapsed until the user opens it.
 */

/**
 * WordPress dependencies
 */
import {
	Button,
	SelectControl,
	TextControl,
	TextareaControl,
} from '@wordpress/components';
import { useInstanceId } from '@wordpress/compose';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { AuthorField } from './fields/author-field';
import { DiscussionField } from './fields/discussion-field';
import { FieldError } from './fields/field-error';
import { FeaturedImageField } from './fields/featured-image-field';
import { FlatTermsField } from './fields/flat-terms-field';
import { HierarchicalTermsField } from './fields/hierarchical-terms-field';
import { ScheduleField } from './fields/schedule-field';
import { VisibilityField } from './fields/visibility-field';
import type { PostForm } from './post-form';
import type {
	ComposerError,
	PostTypeSettings,
	QuickPostSettings,
	TermRef,
} from '../types';

interface MoreOptionsProps {
	isOpen: boolean;
	onToggle: () => void;
	form: PostForm;
	type: PostTypeSettings;
	settings: QuickPostSettings;
	fieldError: ComposerError | null;
	onChange: ( patch: Partial< PostForm > ) => void;
}

export function MoreOptions( {
	isOpen,
	onToggle,
	form,
	type,
	settings,
	fieldError,
	onChange,
}: MoreOptionsProps ) {
	const regionId = `quick-post-more-options-${ useInstanceId( MoreOptions ) }`;
	const errorFor = ( field: string ) =>
		fieldError?.field === field ? fieldError.message : undefined;

	return (
		<div className="quick-post-more-options">
			<Button
				variant="tertiary"
				icon={ isOpen ? 'arrow-up-alt2' : 'arrow-down-alt2' }
				iconPosition="right"
				aria-expanded={ isOpen }
				aria-controls={ regionId }
				onClick={ onToggle }
			>
				{ __( 'More options', 'quick-post' ) }
			</Button>
			{ isOpen && (
				<div
					id={ regionId }
					className="quick-post-more-options__fields"
				>
					{ type.taxonomies.map( ( taxonomy ) => {
						const terms = form.terms[ taxonomy.slug ] ?? [];
						const setTerms = ( next: TermRef[] ) =>
							onChange( {
								terms: {
									...form.terms,
									[ taxonomy.slug ]: next,
								},
							} );
						return (
							<FieldError
								key={ taxonomy.slug }
								error={ errorFor( taxonomy.restBase ) }
							>
								{ taxonomy.hierarchical ? (
									<HierarchicalTermsField
										taxonomy={ taxonomy }
										selected={ terms }
										onChange={ setTerms }
									/>
								) : (
									<FlatTermsField
										taxonomy={ taxonomy }
										selected={ terms }
										onChange={ setTerms }
									/>
								) }
							</FieldError>
						);
					} ) }
					{ type.can.publish && (
						<FieldError error={ errorFor( 'date' ) }>
							<ScheduleField
								date={ form.date }
								onChange={ ( date ) => onChange( { date } ) }
							/>
						</FieldError>
					) }
					<FieldError error={ errorFor( 'sticky' ) }>
						<VisibilityField
							form={ form }
							can={ type.can }
							passwordError={ errorFor( 'password' ) }
							onChange={ onChange }
						/>
					</FieldError>
					{ type.supports.excerpt && (
						<TextareaControl
							__nextHasNoMarginBottom
							label={ __( 'Excerpt', 'quick-post' ) }
							help={
								errorFor( 'excerpt' ) ??
								__(
									'A short summary shown in lists of posts.',
									'quick-post'
								)
							}
							value={ form.excerpt }
							onChange={ ( excerpt ) => onChange( { excerpt } ) }
							rows={ 3 }
						/>
					) }
					<TextControl
						__next40pxDefaultSize
						__nextHasNoMarginBottom
						label={ __( 'Slug', 'quick-post' ) }
						help={
							errorFor( 'slug' ) ??
							__(
								'The last part of the address. Leave empty to make one from the title.',
								'quick-post'
							)
						}
						value={ form.slug }
						onChange={ ( slug ) => onChange( { slug } ) }
						autoComplete="off"
					/>
					{ type.formats.length > 0 && (
						<SelectControl
							__next40pxDefaultSize
							__nextHasNoMarginBottom
							label={ __( 'Post format', 'quick-post' ) }
							help={ errorFor( 'format' ) }
							value={ form.format }
							options={ type.formats.map( ( format ) => ( {
								value: format.slug,
								label: format.label,
							} ) ) }
							onChange={ ( format ) => onChange( { format } ) }
						/>
					) }
					<FieldError
						error={
							errorFor( 'comment_status' ) ??
							errorFor( 'ping_status' )
						}
					>
						<DiscussionField
							form={ form }
							supports={ type.supports }
							onChange={ onChange }
						/>
					</FieldError>
					{ type.supports.author && type.can.editOthers && (
						<FieldError error={ errorFor( 'author' ) }>
							<AuthorField
								author={ form.author ?? settings.user }
								onChange={ ( author ) =>
									onChange( { author } )
								}
							/>
						</FieldError>
					) }
					{ type.supports.thumbnail && type.can.upload && (
						<FieldError error={ errorFor( 'featured_media' ) }>
							<FeaturedImageField
								image={ form.featuredImage }
								uploadTarget={ settings }
								onChange={ ( featuredImage ) =>
									onChange( { featuredImage } )
								}
							/>
						</FieldError>
					) }
				</div>
			) }
		</div>
	);
}
