/**
 */
package ssiplan.model.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IEditingDomainItemProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemProviderAdapter;
import org.eclipse.emf.edit.provider.ViewerNotification;

import ssiplan.model.SsiCluster;
import ssiplan.model.SsiplanFactory;
import ssiplan.model.SsiplanPackage;

/**
 * This is the item provider adapter for a {@link ssiplan.model.SsiCluster} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class SsiClusterItemProvider 
	extends ItemProviderAdapter
	implements
		IEditingDomainItemProvider,
		IStructuredItemContentProvider,
		ITreeItemContentProvider,
		IItemLabelProvider,
		IItemPropertySource {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SsiClusterItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addNamePropertyDescriptor(object);
			addReleasePropertyDescriptor(object);
			addPdrVolumePropertyDescriptor(object);
			addUserPrefixPropertyDescriptor(object);
			addDirectoryStatementsPropertyDescriptor(object);
			addOtherDirectoryEntriesPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Name feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNamePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SsiCluster_name_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SsiCluster_name_feature", "_UI_SsiCluster_type"),
				 SsiplanPackage.Literals.SSI_CLUSTER__NAME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Release feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addReleasePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SsiCluster_release_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SsiCluster_release_feature", "_UI_SsiCluster_type"),
				 SsiplanPackage.Literals.SSI_CLUSTER__RELEASE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Pdr Volume feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPdrVolumePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SsiCluster_pdrVolume_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SsiCluster_pdrVolume_feature", "_UI_SsiCluster_type"),
				 SsiplanPackage.Literals.SSI_CLUSTER__PDR_VOLUME,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the User Prefix feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addUserPrefixPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SsiCluster_userPrefix_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SsiCluster_userPrefix_feature", "_UI_SsiCluster_type"),
				 SsiplanPackage.Literals.SSI_CLUSTER__USER_PREFIX,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Directory Statements feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDirectoryStatementsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SsiCluster_directoryStatements_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SsiCluster_directoryStatements_feature", "_UI_SsiCluster_type"),
				 SsiplanPackage.Literals.SSI_CLUSTER__DIRECTORY_STATEMENTS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Other Directory Entries feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addOtherDirectoryEntriesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SsiCluster_otherDirectoryEntries_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SsiCluster_otherDirectoryEntries_feature", "_UI_SsiCluster_type"),
				 SsiplanPackage.Literals.SSI_CLUSTER__OTHER_DIRECTORY_ENTRIES,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(SsiplanPackage.Literals.SSI_CLUSTER__MEMBERS);
			childrenFeatures.add(SsiplanPackage.Literals.SSI_CLUSTER__ISFC_LINKS);
			childrenFeatures.add(SsiplanPackage.Literals.SSI_CLUSTER__VIRTUAL_SWITCHES);
			childrenFeatures.add(SsiplanPackage.Literals.SSI_CLUSTER__RELOCATION_DOMAINS);
			childrenFeatures.add(SsiplanPackage.Literals.SSI_CLUSTER__PROFILES);
			childrenFeatures.add(SsiplanPackage.Literals.SSI_CLUSTER__VIRTUAL_MACHINES);
			childrenFeatures.add(SsiplanPackage.Literals.SSI_CLUSTER__CONFIG_STATEMENTS);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean hasChildren(Object object) {
		return hasChildren(object, true);
	}

	/**
	 * This returns SsiCluster.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/SsiCluster"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * Labels come from {@link ssiplan.model.format.ElementLabels} so the tree, the diagram and the CLI agree.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	@Override
	public String getText(Object object) {
		return ssiplan.model.format.ElementLabels.of((org.eclipse.emf.ecore.EObject) object);
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(SsiCluster.class)) {
			case SsiplanPackage.SSI_CLUSTER__NAME:
			case SsiplanPackage.SSI_CLUSTER__RELEASE:
			case SsiplanPackage.SSI_CLUSTER__USER_PREFIX:
			case SsiplanPackage.SSI_CLUSTER__DIRECTORY_STATEMENTS:
			case SsiplanPackage.SSI_CLUSTER__OTHER_DIRECTORY_ENTRIES:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case SsiplanPackage.SSI_CLUSTER__MEMBERS:
			case SsiplanPackage.SSI_CLUSTER__ISFC_LINKS:
			case SsiplanPackage.SSI_CLUSTER__VIRTUAL_SWITCHES:
			case SsiplanPackage.SSI_CLUSTER__RELOCATION_DOMAINS:
			case SsiplanPackage.SSI_CLUSTER__PROFILES:
			case SsiplanPackage.SSI_CLUSTER__VIRTUAL_MACHINES:
			case SsiplanPackage.SSI_CLUSTER__CONFIG_STATEMENTS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(SsiplanPackage.Literals.SSI_CLUSTER__MEMBERS,
				 SsiplanFactory.eINSTANCE.createMember()));

		newChildDescriptors.add
			(createChildParameter
				(SsiplanPackage.Literals.SSI_CLUSTER__ISFC_LINKS,
				 SsiplanFactory.eINSTANCE.createIsfcLink()));

		newChildDescriptors.add
			(createChildParameter
				(SsiplanPackage.Literals.SSI_CLUSTER__VIRTUAL_SWITCHES,
				 SsiplanFactory.eINSTANCE.createVirtualSwitch()));

		newChildDescriptors.add
			(createChildParameter
				(SsiplanPackage.Literals.SSI_CLUSTER__RELOCATION_DOMAINS,
				 SsiplanFactory.eINSTANCE.createRelocationDomain()));

		newChildDescriptors.add
			(createChildParameter
				(SsiplanPackage.Literals.SSI_CLUSTER__PROFILES,
				 SsiplanFactory.eINSTANCE.createProfile()));

		newChildDescriptors.add
			(createChildParameter
				(SsiplanPackage.Literals.SSI_CLUSTER__VIRTUAL_MACHINES,
				 SsiplanFactory.eINSTANCE.createUserEntry()));

		newChildDescriptors.add
			(createChildParameter
				(SsiplanPackage.Literals.SSI_CLUSTER__VIRTUAL_MACHINES,
				 SsiplanFactory.eINSTANCE.createIdentityEntry()));

		newChildDescriptors.add
			(createChildParameter
				(SsiplanPackage.Literals.SSI_CLUSTER__CONFIG_STATEMENTS,
				 SsiplanFactory.eINSTANCE.createConfigStatement()));
	}

	/**
	 * Return the resource locator for this item provider's resources.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		return SsiplanEditPlugin.INSTANCE;
	}

}
